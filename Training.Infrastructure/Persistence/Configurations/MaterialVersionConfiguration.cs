using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Training.Domain.Materials;

namespace Training.Infrastructure.Persistence.Configurations;

internal sealed class MaterialVersionConfiguration : IEntityTypeConfiguration<MaterialVersion>
{
    public void Configure(EntityTypeBuilder<MaterialVersion> builder)
    {
        builder.Property(v => v.FileName).HasMaxLength(200);
        builder.Property(v => v.StoredName).HasMaxLength(64);
        builder.Property(v => v.ContentType).HasMaxLength(100);
        builder.Property(v => v.Sha256).HasMaxLength(64);
        builder.Property(v => v.UploadedBy).HasMaxLength(256);
        builder.HasIndex(v => v.StoredName).IsUnique();
    }
}
