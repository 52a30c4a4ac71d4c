using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Training.Domain.Planning;

namespace Training.Infrastructure.Persistence.Configurations;

internal sealed class TaskEvidenceConfiguration : IEntityTypeConfiguration<TaskEvidence>
{
    public void Configure(EntityTypeBuilder<TaskEvidence> builder)
    {
        builder.Property(e => e.Text).HasMaxLength(2000);
        builder.Property(e => e.RecordedBy).HasMaxLength(256);
        builder.Property(e => e.FileName).HasMaxLength(255);
        builder.Property(e => e.StoredName).HasMaxLength(32);
        builder.Property(e => e.ContentType).HasMaxLength(100);
        builder.Property(e => e.Sha256).HasMaxLength(64);
        builder.Ignore(e => e.HasFile);
    }
}
