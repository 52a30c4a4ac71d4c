using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Training.Domain.Attendance;
using Training.Domain.Organisations;
using Training.Domain.Participants;
using Training.Domain.Sessions;

namespace Training.Infrastructure.Persistence.Configurations;

internal sealed class AttendanceRecordConfiguration : IEntityTypeConfiguration<AttendanceRecord>
{
    public void Configure(EntityTypeBuilder<AttendanceRecord> builder)
    {
        builder.Property(a => a.RecordedBy).HasMaxLength(256);
        builder.Property(a => a.Hours).HasPrecision(6, 2);
        // One mark per person and day, whatever two coordinators do at once.
        builder.HasIndex(a => new { a.SessionDayId, a.ParticipantId }).IsUnique();
        // Covers the reports' question "who from where attended these sessions" without reading the rows.
        builder.HasIndex(a => new { a.SessionId, a.Mark, a.ParticipantId, a.OrganisationId });
        builder.HasIndex(a => a.ParticipantId);
        builder.HasOne<TrainingSession>().WithMany().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Cascade);
        // Cascades from the session only; SQL Server refuses two cascade paths to one table.
        builder.HasOne<SessionDay>().WithMany().HasForeignKey(a => a.SessionDayId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Participant>().WithMany().HasForeignKey(a => a.ParticipantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.NoAction);
        builder.HasMany(a => a.Changes).WithOne().HasForeignKey(c => c.AttendanceRecordId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Changes).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
