using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Training.Domain.Organisations;
using Training.Domain.Registrations;
using Training.Domain.Sessions;

namespace Training.Infrastructure.Persistence.Configurations;

internal sealed class SeatQuotaConfiguration : IEntityTypeConfiguration<SeatQuota>
{
    public void Configure(EntityTypeBuilder<SeatQuota> builder)
    {
        builder.Property(q => q.FocalName).HasMaxLength(200);
        builder.Property(q => q.FocalEmail).HasMaxLength(254);
        builder.Property(q => q.Culture).HasMaxLength(20);
        builder.Property(q => q.TokenHash).HasMaxLength(64);
        builder.HasIndex(q => q.TokenHash).IsUnique();
        builder.Ignore(q => q.IsFull);
        builder.HasIndex(q => new { q.SessionId, q.OrganisationId }).IsUnique();
        builder.HasOne<TrainingSession>().WithMany().HasForeignKey(q => q.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(q => q.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
