using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Training.Domain.Planning;

namespace Training.Infrastructure.Persistence.Configurations;

internal sealed class PlanGoalConfiguration : IEntityTypeConfiguration<PlanGoal>
{
    public void Configure(EntityTypeBuilder<PlanGoal> builder)
    {
        builder.Property(g => g.Number).HasMaxLength(10);
        builder.Property(g => g.Text).HasMaxLength(2000);
        builder.HasOne(g => g.ParentGoal).WithMany().HasForeignKey(g => g.ParentGoalId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(g => g.Activities).WithOne(a => a.Goal).HasForeignKey(a => a.PlanGoalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(g => g.Outcomes).WithOne(o => o.Goal).HasForeignKey(o => o.PlanGoalId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(g => g.Activities).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(g => g.Outcomes).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(g => g.SpecificGoals);
        builder.Ignore(g => g.Code);
        builder.Ignore(g => g.IsGeneral);
    }
}
