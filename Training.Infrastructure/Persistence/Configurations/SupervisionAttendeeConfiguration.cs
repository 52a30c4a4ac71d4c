using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Training.Domain.StaffDevelopment;
using Training.Domain.Supervision;

namespace Training.Infrastructure.Persistence.Configurations;

internal sealed class SupervisionAttendeeConfiguration : IEntityTypeConfiguration<SupervisionAttendee>
{
    public void Configure(EntityTypeBuilder<SupervisionAttendee> builder)
    {
        builder.HasKey(a => new { a.SupervisionSessionId, a.StaffMemberId });
        builder.HasIndex(a => a.StaffMemberId);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(a => a.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
    }
}
