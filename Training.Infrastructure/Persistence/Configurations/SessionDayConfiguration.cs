using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Training.Domain.Sessions;

namespace Training.Infrastructure.Persistence.Configurations;

internal sealed class SessionDayConfiguration : IEntityTypeConfiguration<SessionDay>
{
    public void Configure(EntityTypeBuilder<SessionDay> builder)
    {
        builder.Ignore(d => d.Hours);
        builder.HasIndex(d => new { d.TrainingSessionId, d.Date }).IsUnique();
        builder.HasIndex(d => new { d.StartsAtUtc, d.EndsAtUtc });
    }
}
