using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Training.Domain.Evaluation;

namespace Training.Infrastructure.Persistence.Configurations;

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
