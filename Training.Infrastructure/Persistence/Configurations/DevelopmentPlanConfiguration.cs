using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Training.Domain.StaffDevelopment;

namespace Training.Infrastructure.Persistence.Configurations;

internal sealed class DevelopmentPlanConfiguration : IEntityTypeConfiguration<DevelopmentPlan>
{
    public void Configure(EntityTypeBuilder<DevelopmentPlan> builder)
    {
        builder.HasIndex(p => p.Year).IsUnique();
        builder.Property(p => p.ApprovedBy).HasMaxLength(256);
        builder.HasMany(p => p.Items).WithOne(i => i.Plan).HasForeignKey(i => i.DevelopmentPlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Items).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
