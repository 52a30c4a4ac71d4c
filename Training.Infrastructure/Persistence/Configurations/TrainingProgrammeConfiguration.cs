using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Training.Domain.Planning;
using Training.Domain.Programmes;

namespace Training.Infrastructure.Persistence.Configurations;

internal sealed class TrainingProgrammeConfiguration : IEntityTypeConfiguration<TrainingProgramme>
{
    public void Configure(EntityTypeBuilder<TrainingProgramme> builder)
    {
        builder.ToTable("Programmes");
        builder.Property(p => p.Title).HasMaxLength(300);
        builder.Property(p => p.Description).HasMaxLength(4000);
        builder.Property(p => p.LearningObjectives).HasMaxLength(4000);
        builder.Property(p => p.Language).HasMaxLength(20);
        builder.Property(p => p.TargetSectorCodes).HasMaxLength(400);
        builder.Ignore(p => p.TargetSectors);
        builder.Property(p => p.DurationHours).HasPrecision(6, 2);
        builder.HasMany(p => p.Accreditations).WithOne().HasForeignKey(a => a.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Accreditations).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasOne<PlanActivity>().WithMany().HasForeignKey(p => p.PlanActivityId).OnDelete(DeleteBehavior.SetNull);
        builder.Ignore(p => p.IsAccredited);
        builder.Property(p => p.CompletionPercent).HasDefaultValue(80).HasSentinel(0);
        builder.HasIndex(p => p.Title);
    }
}
