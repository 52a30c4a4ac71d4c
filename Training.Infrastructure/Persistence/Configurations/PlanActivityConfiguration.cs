using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Training.Domain.Planning;

namespace Training.Infrastructure.Persistence.Configurations;

internal sealed class PlanActivityConfiguration : IEntityTypeConfiguration<PlanActivity>
{
    public void Configure(EntityTypeBuilder<PlanActivity> builder)
    {
        builder.Property(a => a.Number).HasMaxLength(10);
        builder.Property(a => a.Text).HasMaxLength(2000);
        builder.HasMany(a => a.Tasks).WithOne(t => t.Activity).HasForeignKey(t => t.PlanActivityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Targets).WithOne().HasForeignKey(t => t.PlanActivityId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Tasks).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(a => a.Targets).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(a => a.Code);
        builder.Ignore(a => a.HasReportedProgress);
        builder.Property(a => a.ProgressReportedBy).HasMaxLength(256);
        builder.Property(a => a.Commentary).HasMaxLength(4000);
        builder.Property(a => a.CommentedBy).HasMaxLength(256);
        builder.Property(a => a.CommentReviewedBy).HasMaxLength(256);
        builder.HasMany(a => a.Evidence).WithOne().HasForeignKey(e => e.PlanActivityId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Evidence).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
