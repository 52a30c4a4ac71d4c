using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Training.Domain.Budgets;

namespace Training.Infrastructure.Persistence.Configurations;

internal sealed class FundingAllocationConfiguration : IEntityTypeConfiguration<FundingAllocation>
{
    public void Configure(EntityTypeBuilder<FundingAllocation> builder) =>
        builder.HasIndex(a => new { a.FundingSourceId, a.Year }).IsUnique();
}
