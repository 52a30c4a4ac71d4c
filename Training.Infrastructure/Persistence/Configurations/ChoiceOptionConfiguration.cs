using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Training.Domain.Evaluation;

namespace Training.Infrastructure.Persistence.Configurations;

internal sealed class ChoiceOptionConfiguration : IEntityTypeConfiguration<ChoiceOption>
{
    public void Configure(EntityTypeBuilder<ChoiceOption> builder)
    {
        builder.Property(o => o.Text).HasMaxLength(500);
        builder.Property(o => o.TextEnglish).HasMaxLength(500);
    }
}
