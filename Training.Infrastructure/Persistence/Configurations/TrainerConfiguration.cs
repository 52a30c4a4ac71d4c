using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Training.Domain.Trainers;

namespace Training.Infrastructure.Persistence.Configurations;

internal sealed class TrainerConfiguration : IEntityTypeConfiguration<Trainer>
{
    public void Configure(EntityTypeBuilder<Trainer> builder)
    {
        builder.Property(t => t.FullName).HasMaxLength(200);
        builder.Property(t => t.UserId).HasMaxLength(450);
        builder.Property(t => t.Institution).HasMaxLength(300);
        builder.Property(t => t.Email).HasMaxLength(254);
        builder.Property(t => t.Phone).HasMaxLength(50);
        builder.Property(t => t.ExpertiseTopics).HasMaxLength(1000);
        builder.Property(t => t.Languages).HasMaxLength(200);
        builder.HasMany(t => t.Unavailability).WithOne().HasForeignKey(u => u.TrainerId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Unavailability).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(t => t.UserId);
    }
}
