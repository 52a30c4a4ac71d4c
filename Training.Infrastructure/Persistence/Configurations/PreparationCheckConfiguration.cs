using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Training.Domain.Materials;
using Training.Domain.Sessions;

namespace Training.Infrastructure.Persistence.Configurations;

internal sealed class PreparationCheckConfiguration : IEntityTypeConfiguration<PreparationCheck>
{
    public void Configure(EntityTypeBuilder<PreparationCheck> builder)
    {
        builder.Property(c => c.TickedBy).HasMaxLength(256);
        builder.HasIndex(c => new { c.SessionId, c.Item }).IsUnique();
        builder.HasOne<TrainingSession>().WithMany().HasForeignKey(c => c.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}
