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
