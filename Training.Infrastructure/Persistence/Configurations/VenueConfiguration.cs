using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Training.Domain.Venues;

namespace Training.Infrastructure.Persistence.Configurations;

internal sealed class VenueConfiguration : IEntityTypeConfiguration<Venue>
{
    public void Configure(EntityTypeBuilder<Venue> builder)
    {
        builder.Property(v => v.Name).HasMaxLength(200);
        builder.Property(v => v.Address).HasMaxLength(300);
        builder.Property(v => v.AccessibilityNotes).HasMaxLength(1000);
        builder.Property(v => v.ContactPerson).HasMaxLength(200);
        builder.Property(v => v.ContactPhone).HasMaxLength(50);
        builder.HasOne(v => v.Municipality).WithMany().HasForeignKey(v => v.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
    }
}
