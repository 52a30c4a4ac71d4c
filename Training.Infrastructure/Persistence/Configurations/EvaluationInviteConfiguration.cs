using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Training.Domain.Evaluation;
using Training.Domain.Participants;
using Training.Domain.Sessions;

namespace Training.Infrastructure.Persistence.Configurations;

internal sealed class EvaluationInviteConfiguration : IEntityTypeConfiguration<EvaluationInvite>
{
    public void Configure(EntityTypeBuilder<EvaluationInvite> builder)
    {
        builder.HasIndex(i => new { i.SessionId, i.ParticipantId, i.Phase }).IsUnique();
        builder.HasOne<TrainingSession>().WithMany().HasForeignKey(i => i.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Participant>().WithMany().HasForeignKey(i => i.ParticipantId).OnDelete(DeleteBehavior.Restrict);
    }
}
