using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Training.Domain.Organisations;

namespace Training.Infrastructure.Persistence.Configurations;

internal sealed class SectorConfiguration : IEntityTypeConfiguration<Sector>
{
    public void Configure(EntityTypeBuilder<Sector> builder)
    {
        builder.Property(s => s.Code).HasMaxLength(40);
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.NameEnglish).HasMaxLength(200);
        builder.HasIndex(s => s.Code).IsUnique();
    }
}
