using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Training.Domain.Organisations;

namespace Training.Infrastructure.Persistence.Configurations;

internal sealed class DistrictConfiguration : IEntityTypeConfiguration<District>
{
    public void Configure(EntityTypeBuilder<District> builder)
    {
        builder.Property(d => d.Code).HasMaxLength(20);
        builder.Property(d => d.Name).HasMaxLength(200);
        builder.HasIndex(d => d.Code).IsUnique();
        builder.HasMany(d => d.Municipalities).WithOne(m => m.District).HasForeignKey(m => m.DistrictId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(d => d.Municipalities).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
