using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Training.Domain.Budgets;
using Training.Domain.Programmes;
using Training.Domain.StaffDevelopment;

namespace Training.Infrastructure.Persistence.Configurations;

internal sealed class DevelopmentItemConfiguration : IEntityTypeConfiguration<DevelopmentItem>
{
    public void Configure(EntityTypeBuilder<DevelopmentItem> builder)
    {
        builder.Property(i => i.Title).HasMaxLength(300);
        builder.Property(i => i.Provider).HasMaxLength(200);
        builder.Property(i => i.CertificateFileName).HasMaxLength(200);
        builder.Property(i => i.CertificateStoredName).HasMaxLength(64);
        builder.Property(i => i.CertificateContentType).HasMaxLength(100);
        builder.Property(i => i.CertificateSha256).HasMaxLength(64);
        builder.Property(i => i.RecordedBy).HasMaxLength(256);
        builder.HasIndex(i => i.StaffMemberId);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(i => i.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<TrainingProgramme>().WithMany().HasForeignKey(i => i.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<FundingSource>().WithMany().HasForeignKey(i => i.FundingSourceId).OnDelete(DeleteBehavior.Restrict);
    }
}
