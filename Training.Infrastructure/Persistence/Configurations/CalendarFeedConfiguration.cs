using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Training.Domain.Calendars;

namespace Training.Infrastructure.Persistence.Configurations;

internal sealed class CalendarFeedConfiguration : IEntityTypeConfiguration<CalendarFeed>
{
    public void Configure(EntityTypeBuilder<CalendarFeed> builder)
    {
        builder.Property(f => f.UserId).HasMaxLength(450);
        builder.Property(f => f.TokenHash).HasMaxLength(64);
        builder.HasIndex(f => f.UserId).IsUnique();
        builder.HasIndex(f => f.TokenHash).IsUnique();
    }
}
