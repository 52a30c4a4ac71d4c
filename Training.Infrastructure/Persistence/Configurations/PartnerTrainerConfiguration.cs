using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Training.Domain.Planning;
using Training.Domain.Trainers;

namespace Training.Infrastructure.Persistence.Configurations;

internal sealed class PartnerTrainerConfiguration : IEntityTypeConfiguration<PartnerTrainer>
{
    public void Configure(EntityTypeBuilder<PartnerTrainer> builder)
    {
        builder.HasOne<Trainer>().WithMany().HasForeignKey(t => t.TrainerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.PartnerTrainingId, t.TrainerId }).IsUnique();
    }
}
