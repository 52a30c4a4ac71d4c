using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Training.Infrastructure.Email;

namespace Training.Infrastructure.Persistence.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.Property(m => m.ToAddress).HasMaxLength(254);
        builder.Property(m => m.ToName).HasMaxLength(300);
        builder.Property(m => m.Subject).HasMaxLength(500);
        builder.Property(m => m.Culture).HasMaxLength(20);
        builder.Property(m => m.Kind).HasMaxLength(60);
        builder.Property(m => m.MessageId).HasMaxLength(120);
        builder.Property(m => m.AttachmentFileName).HasMaxLength(200);
        builder.Property(m => m.AttachmentContentType).HasMaxLength(200);
        builder.Property(m => m.LastError).HasMaxLength(1000);
        builder.HasIndex(m => new { m.Status, m.NextAttemptAtUtc });
        builder.HasIndex(m => m.MessageId).IsUnique();
        builder.HasMany(m => m.Attempts).WithOne().HasForeignKey(a => a.OutboxMessageId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Attempts).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
