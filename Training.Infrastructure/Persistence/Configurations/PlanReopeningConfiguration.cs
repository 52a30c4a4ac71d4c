using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Training.Domain.Planning;

namespace Training.Infrastructure.Persistence.Configurations;

internal sealed class PlanReopeningConfiguration : IEntityTypeConfiguration<PlanReopening>
{
    public void Configure(EntityTypeBuilder<PlanReopening> builder)
    {
        builder.Property(r => r.Reason).HasMaxLength(1000);
        builder.Property(r => r.ReopenedBy).HasMaxLength(256);
    }
}
