using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Training.Domain.Evaluation;
using Training.Domain.Programmes;

namespace Training.Infrastructure.Persistence.Configurations;

internal sealed class QuestionnaireConfiguration : IEntityTypeConfiguration<Questionnaire>
{
    public void Configure(EntityTypeBuilder<Questionnaire> builder)
    {
        builder.Property(q => q.Title).HasMaxLength(200);
        builder.Ignore(q => q.Ordered);
        builder.HasOne<TrainingProgramme>().WithMany().HasForeignKey(q => q.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(q => q.Items).WithOne().HasForeignKey(i => i.QuestionnaireId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(q => q.Items).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class QuestionItemConfiguration : IEntityTypeConfiguration<QuestionItem>
{
    public void Configure(EntityTypeBuilder<QuestionItem> builder)
    {
        builder.Property(i => i.Text).HasMaxLength(1000);
        builder.Property(i => i.TextEnglish).HasMaxLength(1000);
        builder.HasMany(i => i.Options).WithOne().HasForeignKey(o => o.QuestionItemId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Options).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ChoiceOptionConfiguration : IEntityTypeConfiguration<ChoiceOption>
{
    public void Configure(EntityTypeBuilder<ChoiceOption> builder)
    {
        builder.Property(o => o.Text).HasMaxLength(500);
        builder.Property(o => o.TextEnglish).HasMaxLength(500);
    }
}

internal sealed class ResponseConfiguration : IEntityTypeConfiguration<Response>
{
    public void Configure(EntityTypeBuilder<Response> builder)
    {
        builder.ToTable("Responses");
        builder.Property(r => r.Score).HasPrecision(5, 1);
        builder.HasIndex(r => new { r.SessionId, r.Phase });
        builder.HasOne<Questionnaire>().WithMany().HasForeignKey(r => r.QuestionnaireId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Training.Domain.Sessions.TrainingSession>().WithMany().HasForeignKey(r => r.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Training.Domain.Participants.Participant>().WithMany().HasForeignKey(r => r.ParticipantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Answers).WithOne().HasForeignKey(a => a.ResponseId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Answers).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class AnswerConfiguration : IEntityTypeConfiguration<Answer>
{
    public void Configure(EntityTypeBuilder<Answer> builder) => builder.Property(a => a.Text).HasMaxLength(2000);
}

internal sealed class EvaluationInviteConfiguration : IEntityTypeConfiguration<EvaluationInvite>
{
    public void Configure(EntityTypeBuilder<EvaluationInvite> builder)
    {
        builder.HasIndex(i => new { i.SessionId, i.ParticipantId, i.Phase }).IsUnique();
        builder.HasOne<Training.Domain.Sessions.TrainingSession>().WithMany().HasForeignKey(i => i.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Training.Domain.Participants.Participant>().WithMany().HasForeignKey(i => i.ParticipantId).OnDelete(DeleteBehavior.Restrict);
    }
}
