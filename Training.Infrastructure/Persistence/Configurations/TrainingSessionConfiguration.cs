using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Training.Domain.Planning;
using Training.Domain.Sessions;

namespace Training.Infrastructure.Persistence.Configurations;

internal sealed class TrainingSessionConfiguration : IEntityTypeConfiguration<TrainingSession>
{
    public void Configure(EntityTypeBuilder<TrainingSession> builder)
    {
        builder.ToTable("Sessions");
        builder.Property(s => s.Title).HasMaxLength(300);
        builder.Property(s => s.MeetingLink).HasMaxLength(500);
        builder.Property(s => s.Language).HasMaxLength(20);
        builder.Property(s => s.TargetSectorCodes).HasMaxLength(400);
        builder.Ignore(s => s.TargetSectors);
        builder.Property(s => s.CancellationReason).HasMaxLength(1000);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasOne(s => s.Programme).WithMany().HasForeignKey(s => s.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.Venue).WithMany().HasForeignKey(s => s.VenueId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PlanActivity>().WithMany().HasForeignKey(s => s.PlanActivityId).OnDelete(DeleteBehavior.SetNull);
        // SQL Server allows one cascading path between two tables, so the second activity is cleared by the application.
        builder.HasOne<PlanActivity>().WithMany().HasForeignKey(s => s.AlsoPlanActivityId).OnDelete(DeleteBehavior.ClientSetNull);
        builder.HasMany(s => s.Days).WithOne().HasForeignKey(d => d.TrainingSessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Trainers).WithOne().HasForeignKey(t => t.TrainingSessionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Days).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(s => s.Trainers).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(s => s.FirstDay);
        builder.Ignore(s => s.LastDay);
        builder.Ignore(s => s.Hours);
        builder.Ignore(s => s.IsEditable);
        builder.Ignore(s => s.AllowedMoves);
        builder.Ignore(s => s.ExceedsVenueCapacity);
        builder.Ignore(s => s.SeatsFree);
        builder.Ignore(s => s.HasOpenLink);
        builder.Ignore(s => s.CompletionPercent);
        builder.Property(s => s.OpenLinkHash).HasMaxLength(64);
        builder.HasIndex(s => s.OpenLinkHash).IsUnique();
        builder.HasIndex(s => new { s.StartsAtUtc, s.EndsAtUtc });
        builder.HasIndex(s => s.Status);
    }
}
