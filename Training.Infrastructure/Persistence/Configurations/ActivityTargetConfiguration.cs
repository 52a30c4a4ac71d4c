using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Training.Domain.Planning;

namespace Training.Infrastructure.Persistence.Configurations;

internal sealed class ActivityTargetConfiguration : IEntityTypeConfiguration<ActivityTarget>
{
    public void Configure(EntityTypeBuilder<ActivityTarget> builder) => builder.Property(t => t.SectorCode).HasMaxLength(40);
}
