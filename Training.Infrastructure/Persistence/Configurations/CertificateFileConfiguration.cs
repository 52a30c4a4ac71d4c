using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Training.Domain.Certificates;

namespace Training.Infrastructure.Persistence.Configurations;

internal sealed class CertificateFileConfiguration : IEntityTypeConfiguration<CertificateFile>
{
    public void Configure(EntityTypeBuilder<CertificateFile> builder)
    {
        builder.HasIndex(f => f.CertificateId).IsUnique();
        builder.HasOne<Certificate>().WithMany().HasForeignKey(f => f.CertificateId).OnDelete(DeleteBehavior.Cascade);
    }
}
