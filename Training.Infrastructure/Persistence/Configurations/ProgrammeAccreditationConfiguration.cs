using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Training.Domain.Programmes;

namespace Training.Infrastructure.Persistence.Configurations;

internal sealed class ProgrammeAccreditationConfiguration : IEntityTypeConfiguration<ProgrammeAccreditation>
{
    public void Configure(EntityTypeBuilder<ProgrammeAccreditation> builder)
    {
        builder.Property(a => a.Number).HasMaxLength(60);
        builder.Property(a => a.AccreditedTitle).HasMaxLength(300);
        builder.Property(a => a.ParticipantPoints).HasPrecision(6, 2);
        builder.Property(a => a.TrainerPoints).HasPrecision(6, 2);
        builder.Property(a => a.AudienceSectorCodes).HasMaxLength(400);
        builder.Ignore(a => a.Audience);
        builder.HasOne(a => a.Body).WithMany().HasForeignKey(a => a.AccreditingBodyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.ProgrammeId, a.AccreditingBodyId, a.Number }).IsUnique();
    }
}
