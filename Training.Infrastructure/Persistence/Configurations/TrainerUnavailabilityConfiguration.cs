using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Training.Domain.Trainers;

namespace Training.Infrastructure.Persistence.Configurations;

internal sealed class TrainerUnavailabilityConfiguration : IEntityTypeConfiguration<TrainerUnavailability>
{
    public void Configure(EntityTypeBuilder<TrainerUnavailability> builder) => builder.Property(u => u.Reason).HasMaxLength(300);
}
