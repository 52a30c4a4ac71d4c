using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Training.Domain.Budgets;

namespace Training.Infrastructure.Persistence.Configurations;

internal sealed class FundingSourceConfiguration : IEntityTypeConfiguration<FundingSource>
{
    public void Configure(EntityTypeBuilder<FundingSource> builder)
    {
        builder.Property(f => f.Name).HasMaxLength(200);
        builder.Property(f => f.ProjectCode).HasMaxLength(60);
        builder.Property(f => f.Donor).HasMaxLength(200);
        builder.HasMany(f => f.Allocations).WithOne().HasForeignKey(a => a.FundingSourceId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(f => f.Allocations).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
