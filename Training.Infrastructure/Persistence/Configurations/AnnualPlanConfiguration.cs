using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Training.Domain.Planning;

namespace Training.Infrastructure.Persistence.Configurations;

internal sealed class AnnualPlanConfiguration : IEntityTypeConfiguration<AnnualPlan>
{
    public void Configure(EntityTypeBuilder<AnnualPlan> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(300);
        builder.HasIndex(p => p.Year).IsUnique();
        builder.HasMany(p => p.Goals).WithOne(g => g.Plan).HasForeignKey(g => g.AnnualPlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Goals).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(p => p.GeneralGoals);
        builder.Ignore(p => p.IsApproved);
        builder.Property(p => p.ApprovedBy).HasMaxLength(256);
        builder.Property(p => p.ReportIntroduction).HasMaxLength(8000);
        builder.Property(p => p.ReportIntroductionBy).HasMaxLength(256);
        builder.HasMany(p => p.Reopenings).WithOne().HasForeignKey(r => r.AnnualPlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Reopenings).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
