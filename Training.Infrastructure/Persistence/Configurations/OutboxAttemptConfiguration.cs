using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Training.Infrastructure.Email;

namespace Training.Infrastructure.Persistence.Configurations;

internal sealed class OutboxAttemptConfiguration : IEntityTypeConfiguration<OutboxAttempt>
{
    public void Configure(EntityTypeBuilder<OutboxAttempt> builder) => builder.Property(a => a.Error).HasMaxLength(1000);
}
