using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Training.Infrastructure.Audit;

namespace Training.Infrastructure.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditLog");
        builder.Property(a => a.Actor).HasMaxLength(256);
        builder.Property(a => a.Action).HasMaxLength(80);
        builder.Property(a => a.Subject).HasMaxLength(80);
        builder.Property(a => a.SubjectId).HasMaxLength(80);
        builder.Property(a => a.Detail).HasMaxLength(1000);
        builder.HasIndex(a => a.AtUtc);
        builder.HasIndex(a => new { a.Subject, a.SubjectId });
    }
}
