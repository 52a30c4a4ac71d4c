using Microsoft.EntityFrameworkCore;
using Training.Domain.Common;
using Training.Domain.Organisations;
using Training.Infrastructure.Localisation;
using Training.Infrastructure.Persistence;

namespace Training.Web.Features.Directory;

/// <summary>The sectors the Centre trains, as reference data: an administrator adds one or renames it in both languages.</summary>
public sealed class SectorService(TrainingDbContext db, SectorNames names)
{
    public Task<List<Sector>> ListAsync() => db.Sectors.AsNoTracking().OrderBy(s => s.SortOrder).ThenBy(s => s.Id).ToListAsync();

    public Task<Sector?> FindAsync(int id) => db.Sectors.FirstOrDefaultAsync(s => s.Id == id);

    /// <summary>Adds a sector (<paramref name="sector"/> null) at the end of the list, or renames one; its code never changes.</summary>
    public async Task<Sector> SaveAsync(Sector? sector, SectorForm form)
    {
        // Cyrillic is the source of truth; a name typed in Latin is converted, letter for letter.
        var name = LatinToCyrillic.Typed(form.Name);
        var english = form.NameEnglish?.Trim();
        var others = await db.Sectors.Where(s => sector == null || s.Id != sector.Id).Select(s => new { s.Code, s.Name, s.NameEnglish }).ToListAsync();
        // Two sectors of one name could not be told apart in a list or a report.
        if (name is not null && others.Any(s => SearchKey.Fold(s.Name) == SearchKey.Fold(name)))
            throw new DomainException("Sectors.NameTaken", nameof(form.Name));
        if (english is not null && others.Any(s => string.Equals(s.NameEnglish, english, StringComparison.OrdinalIgnoreCase)))
            throw new DomainException("Sectors.NameTaken", nameof(form.NameEnglish));
        if (sector is null)
        {
            var code = ReferenceCode.From(english ?? "", others.Select(s => s.Code).ToList(), "Sector");
            var last = await db.Sectors.MaxAsync(s => (int?)s.SortOrder) ?? -1;
            sector = db.Sectors.Add(new Sector(code, name!, english!, last + 1)).Entity;
        }
        else
        {
            sector.Rename(name, english);
        }
        await db.SaveChangesAsync();
        names.Forget();
        return sector;
    }
}
