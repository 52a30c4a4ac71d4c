using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Training.Domain.Organisations;

namespace Training.Infrastructure.Persistence.Configurations;

internal sealed class MunicipalityConfiguration : IEntityTypeConfiguration<Municipality>
{
    public void Configure(EntityTypeBuilder<Municipality> builder)
    {
        builder.Property(m => m.Code).HasMaxLength(20);
        builder.Property(m => m.Name).HasMaxLength(200);
        builder.HasIndex(m => m.Code).IsUnique();
    }
}
