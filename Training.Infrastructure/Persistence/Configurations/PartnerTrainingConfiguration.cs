using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Training.Domain.Planning;

namespace Training.Infrastructure.Persistence.Configurations;

internal sealed class PartnerTrainingConfiguration : IEntityTypeConfiguration<PartnerTraining>
{
    public void Configure(EntityTypeBuilder<PartnerTraining> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(300);
        builder.Property(p => p.Organiser).HasMaxLength(300);
        builder.Property(p => p.Place).HasMaxLength(300);
        builder.Property(p => p.RecordedBy).HasMaxLength(256);
        builder.Ignore(p => p.Participants);
        builder.HasOne<PlanActivity>().WithMany().HasForeignKey(p => p.PlanActivityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => p.FirstDay);
        builder.HasMany(p => p.Trainers).WithOne().HasForeignKey(t => t.PartnerTrainingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Headcounts).WithOne().HasForeignKey(h => h.PartnerTrainingId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Trainers).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(p => p.Headcounts).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
