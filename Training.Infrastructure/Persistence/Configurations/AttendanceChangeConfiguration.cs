using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Training.Domain.Attendance;

namespace Training.Infrastructure.Persistence.Configurations;

internal sealed class AttendanceChangeConfiguration : IEntityTypeConfiguration<AttendanceChange>
{
    public void Configure(EntityTypeBuilder<AttendanceChange> builder)
    {
        builder.Property(c => c.ChangedBy).HasMaxLength(256);
        builder.Property(c => c.Hours).HasPrecision(6, 2);
    }
}
