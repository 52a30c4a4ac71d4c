using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Training.Domain.Planning;

namespace Training.Infrastructure.Persistence.Configurations;

internal sealed class PartnerHeadcountConfiguration : IEntityTypeConfiguration<PartnerHeadcount>
{
    public void Configure(EntityTypeBuilder<PartnerHeadcount> builder)
    {
        builder.Property(h => h.SectorCode).HasMaxLength(40);
        builder.HasIndex(h => new { h.PartnerTrainingId, h.SectorCode }).IsUnique();
    }
}
