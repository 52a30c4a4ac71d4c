using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Training.Domain.StaffDevelopment;
using Training.Infrastructure.Identity;

namespace Training.Infrastructure.Persistence.Configurations;

internal sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> builder)
    {
        builder.Property(s => s.UserId).HasMaxLength(450);
        builder.Property(s => s.FullName).HasMaxLength(200);
        builder.Property(s => s.Email).HasMaxLength(254);
        builder.Property(s => s.Position).HasMaxLength(200);
        builder.Property(s => s.LicenceNumber).HasMaxLength(60);
        builder.HasIndex(s => s.UserId).IsUnique();
        builder.HasIndex(s => s.Email);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}
