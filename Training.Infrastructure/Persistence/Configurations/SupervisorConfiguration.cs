using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Training.Domain.Supervision;

namespace Training.Infrastructure.Persistence.Configurations;

internal sealed class SupervisorConfiguration : IEntityTypeConfiguration<Supervisor>
{
    public void Configure(EntityTypeBuilder<Supervisor> builder)
    {
        builder.Property(s => s.FullName).HasMaxLength(200);
        builder.Property(s => s.Qualification).HasMaxLength(300);
        builder.Property(s => s.Organisation).HasMaxLength(200);
        builder.Property(s => s.Email).HasMaxLength(254);
        builder.Property(s => s.Phone).HasMaxLength(50);
    }
}
