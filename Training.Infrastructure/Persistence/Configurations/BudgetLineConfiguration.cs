using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Training.Domain.Budgets;
using Training.Domain.Planning;
using Training.Domain.Sessions;

namespace Training.Infrastructure.Persistence.Configurations;

internal sealed class BudgetLineConfiguration : IEntityTypeConfiguration<BudgetLine>
{
    public void Configure(EntityTypeBuilder<BudgetLine> builder)
    {
        builder.Property(b => b.Currency).HasMaxLength(3);
        builder.Property(b => b.ExchangeRate).HasPrecision(18, 6);
        builder.Property(b => b.Note).HasMaxLength(500);
        builder.Ignore(b => b.PlannedDinars);
        builder.Ignore(b => b.ActualDinars);
        builder.HasIndex(b => b.SessionId);
        builder.HasIndex(b => b.PlanActivityId);
        builder.HasOne<TrainingSession>().WithMany().HasForeignKey(b => b.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PlanActivity>().WithMany().HasForeignKey(b => b.PlanActivityId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<FundingSource>().WithMany().HasForeignKey(b => b.FundingSourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<TrainerAssignment>().WithMany().HasForeignKey(b => b.TrainerAssignmentId).OnDelete(DeleteBehavior.NoAction);
    }
}
