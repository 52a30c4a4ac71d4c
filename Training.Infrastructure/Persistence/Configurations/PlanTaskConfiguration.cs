using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Training.Domain.Planning;

namespace Training.Infrastructure.Persistence.Configurations;

internal sealed class PlanTaskConfiguration : IEntityTypeConfiguration<PlanTask>
{
    public void Configure(EntityTypeBuilder<PlanTask> builder)
    {
        builder.Property(t => t.Text).HasMaxLength(2000);
        builder.Property(t => t.Responsible).HasMaxLength(200);
        builder.Property(t => t.DropReason).HasMaxLength(1000);
        builder.Property(t => t.UpdatedBy).HasMaxLength(256);
        builder.HasMany(t => t.Evidence).WithOne().HasForeignKey(e => e.PlanTaskId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Evidence).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
