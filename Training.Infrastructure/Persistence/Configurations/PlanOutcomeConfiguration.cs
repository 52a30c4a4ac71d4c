using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Training.Domain.Planning;

namespace Training.Infrastructure.Persistence.Configurations;

internal sealed class PlanOutcomeConfiguration : IEntityTypeConfiguration<PlanOutcome>
{
    public void Configure(EntityTypeBuilder<PlanOutcome> builder)
    {
        builder.Property(o => o.Number).HasMaxLength(10);
        builder.Property(o => o.Text).HasMaxLength(2000);
        builder.Property(o => o.Justification).HasMaxLength(2000);
        builder.Property(o => o.AssessmentEvidence).HasMaxLength(2000);
        builder.Property(o => o.AssessedBy).HasMaxLength(256);
    }
}
