using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Training.Domain.Supervision;

namespace Training.Infrastructure.Persistence.Configurations;

internal sealed class SupervisionSessionConfiguration : IEntityTypeConfiguration<SupervisionSession>
{
    public void Configure(EntityTypeBuilder<SupervisionSession> builder)
    {
        builder.Property(s => s.Topic).HasMaxLength(300);
        builder.Property(s => s.ConfidentialNotes).HasMaxLength(8000);
        builder.Property(s => s.RecordedBy).HasMaxLength(256);
        builder.HasIndex(s => s.Date);
        builder.HasOne<Supervisor>().WithMany().HasForeignKey(s => s.SupervisorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Attendees).WithOne().HasForeignKey(a => a.SupervisionSessionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Attendees).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
