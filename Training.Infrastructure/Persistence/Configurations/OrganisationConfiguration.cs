using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Training.Domain.Organisations;

namespace Training.Infrastructure.Persistence.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(300);
        builder.Property(o => o.Email).HasMaxLength(254);
        builder.Property(o => o.Phone).HasMaxLength(50);
        builder.Property(o => o.Address).HasMaxLength(300);
        builder.HasOne(o => o.Sector).WithMany().HasForeignKey(o => o.SectorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(o => o.Municipality).WithMany().HasForeignKey(o => o.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        // One institution of a name per municipality keeps the directory free of duplicates and the seed idempotent.
        builder.HasIndex(o => new { o.MunicipalityId, o.Name }).IsUnique();
        builder.HasMany(o => o.AlsoServes).WithOne().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(o => o.AlsoServes).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
