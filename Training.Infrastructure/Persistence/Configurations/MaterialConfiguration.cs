using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Training.Domain.Materials;
using Training.Domain.Programmes;
using Training.Domain.Sessions;

namespace Training.Infrastructure.Persistence.Configurations;

internal sealed class MaterialConfiguration : IEntityTypeConfiguration<Material>
{
    public void Configure(EntityTypeBuilder<Material> builder)
    {
        builder.Property(m => m.Title).HasMaxLength(200);
        builder.Property(m => m.Language).HasMaxLength(20);
        builder.Ignore(m => m.Current);
        builder.HasIndex(m => m.ProgrammeId);
        builder.HasIndex(m => m.SessionId);
        builder.HasOne<TrainingProgramme>().WithMany().HasForeignKey(m => m.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<TrainingSession>().WithMany().HasForeignKey(m => m.SessionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(m => m.Versions).WithOne().HasForeignKey(v => v.MaterialId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Versions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
