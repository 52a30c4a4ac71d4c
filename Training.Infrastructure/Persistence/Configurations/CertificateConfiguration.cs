using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Training.Domain.Certificates;
using Training.Domain.Participants;
using Training.Domain.Sessions;

namespace Training.Infrastructure.Persistence.Configurations;

internal sealed class CertificateConfiguration : IEntityTypeConfiguration<Certificate>
{
    public void Configure(EntityTypeBuilder<Certificate> builder)
    {
        builder.Property(c => c.Number).HasMaxLength(60);
        builder.Property(c => c.VerificationCode).HasMaxLength(Certificate.CodeLength);
        builder.Property(c => c.FullName).HasMaxLength(200);
        builder.Property(c => c.ProgrammeTitle).HasMaxLength(300);
        builder.Property(c => c.Trainers).HasMaxLength(1000);
        builder.Property(c => c.SignatoryName).HasMaxLength(200);
        builder.Property(c => c.SignatoryTitle).HasMaxLength(300);
        builder.Property(c => c.Culture).HasMaxLength(20);
        builder.Property(c => c.IssuedBy).HasMaxLength(256);
        builder.Property(c => c.RevokedBy).HasMaxLength(256);
        builder.Property(c => c.OverrideReason).HasMaxLength(500);
        builder.Property(c => c.RevocationReason).HasMaxLength(500);
        builder.Property(c => c.DownloadTokenHash).HasMaxLength(64);
        builder.Property(c => c.Hours).HasPrecision(6, 2);
        builder.Property(c => c.SessionTitle).HasMaxLength(300);
        builder.Property(c => c.Place).HasMaxLength(500);
        builder.Property(c => c.AttendedHours).HasPrecision(6, 2);
        builder.Property(c => c.AccreditingBody).HasMaxLength(300);
        builder.Property(c => c.AccreditationNumber).HasMaxLength(60);
        builder.Property(c => c.Points).HasPrecision(6, 2);
        builder.Property(c => c.LicenceNumber).HasMaxLength(30);
        builder.Ignore(c => c.IsValid);
        builder.HasIndex(c => c.VerificationCode).IsUnique();
        // The database hands out each number once, even when two coordinators issue at the same moment.
        builder.HasIndex(c => new { c.Year, c.Sequence, c.Version }).IsUnique();
        builder.HasIndex(c => c.DownloadTokenHash).IsUnique();
        builder.HasIndex(c => new { c.SessionId, c.ParticipantId });
        builder.HasIndex(c => c.DeliveredAtUtc);
        builder.HasOne<TrainingSession>().WithMany().HasForeignKey(c => c.SessionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Participant>().WithMany().HasForeignKey(c => c.ParticipantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Certificate>().WithMany().HasForeignKey(c => c.ReplacedById).OnDelete(DeleteBehavior.NoAction);
    }
}
