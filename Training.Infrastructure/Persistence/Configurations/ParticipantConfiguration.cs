using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Training.Domain.Organisations;
using Training.Domain.Participants;

namespace Training.Infrastructure.Persistence.Configurations;

internal sealed class ParticipantConfiguration : IEntityTypeConfiguration<Participant>
{
    public void Configure(EntityTypeBuilder<Participant> builder)
    {
        builder.Property(p => p.FullName).HasMaxLength(200);
        builder.Property(p => p.Email).HasMaxLength(254);
        builder.Property(p => p.OrganisationName).HasMaxLength(300);
        builder.Property(p => p.Position).HasMaxLength(200);
        builder.Property(p => p.Phone).HasMaxLength(50);
        builder.Property(p => p.Culture).HasMaxLength(20);
        builder.Property(p => p.LicenceNumber).HasMaxLength(30);
        builder.HasIndex(p => p.Email).IsUnique();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.SetNull);
    }
}
