using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Training.Domain.Programmes;

namespace Training.Infrastructure.Persistence.Configurations;

internal sealed class AccreditingBodyConfiguration : IEntityTypeConfiguration<AccreditingBody>
{
    public void Configure(EntityTypeBuilder<AccreditingBody> builder)
    {
        builder.Property(b => b.Code).HasMaxLength(40);
        builder.Property(b => b.Name).HasMaxLength(300);
        builder.Property(b => b.Abbreviation).HasMaxLength(20);
        builder.HasIndex(b => b.Code).IsUnique();
    }
}
