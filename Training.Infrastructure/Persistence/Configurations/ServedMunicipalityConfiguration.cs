using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Training.Domain.Organisations;

namespace Training.Infrastructure.Persistence.Configurations;

internal sealed class ServedMunicipalityConfiguration : IEntityTypeConfiguration<ServedMunicipality>
{
    public void Configure(EntityTypeBuilder<ServedMunicipality> builder)
    {
        builder.ToTable("ServedMunicipalities");
        builder.HasOne<Municipality>().WithMany().HasForeignKey(s => s.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.OrganisationId, s.MunicipalityId }).IsUnique();
    }
}
