using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Training.Domain.Participants;
using Training.Domain.Registrations;
using Training.Domain.Sessions;

namespace Training.Infrastructure.Persistence.Configurations;

internal sealed class RegistrationConfiguration : IEntityTypeConfiguration<Registration>
{
    public void Configure(EntityTypeBuilder<Registration> builder)
    {
        builder.Property(r => r.TokenHash).HasMaxLength(64);
        builder.Property(r => r.DietaryNeeds).HasMaxLength(500);
        builder.Property(r => r.AccessibilityNeeds).HasMaxLength(500);
        builder.Property(r => r.OverrideReason).HasMaxLength(500);
        builder.Ignore(r => r.HoldsSeat);
        builder.Property(r => r.CalendarKey).HasMaxLength(16);
        builder.Ignore(r => r.IsActive);
        builder.HasIndex(r => r.TokenHash).IsUnique();
        // One registration per person and session, guarded by the database, whatever races above it.
        builder.HasIndex(r => new { r.SessionId, r.ParticipantId }).IsUnique();
        builder.HasIndex(r => new { r.SessionId, r.Status, r.CreatedAtUtc });
        builder.HasOne<TrainingSession>().WithMany().HasForeignKey(r => r.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Participant>().WithMany().HasForeignKey(r => r.ParticipantId).OnDelete(DeleteBehavior.Restrict);
    }
}
