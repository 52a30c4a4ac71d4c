using Microsoft.EntityFrameworkCore;
using Training.Domain.Common;
using Training.Domain.Programmes;
using Training.Infrastructure.Localisation;
using Training.Infrastructure.Persistence;

namespace Training.Web.Features.Programmes;

/// <summary>The bodies that accredit programmes, as reference data the coordinators keep: add one, rename it, say whether its points keep a licence.</summary>
public sealed class AccreditingBodyService(TrainingDbContext db)
{
    public Task<List<AccreditingBody>> ListAsync() => db.AccreditingBodies.AsNoTracking().OrderBy(b => b.SortOrder).ThenBy(b => b.Id).ToListAsync();

    public Task<AccreditingBody?> FindAsync(int id) => db.AccreditingBodies.FirstOrDefaultAsync(b => b.Id == id);

    /// <summary>Adds a body (<paramref name="body"/> null) at the end of the list, or changes one; its code never changes.</summary>
    public async Task<AccreditingBody> SaveAsync(AccreditingBody? body, AccreditingBodyForm form)
    {
        // Cyrillic is the source of truth; a name typed in Latin is converted, letter for letter.
        var name = LatinToCyrillic.Typed(form.Name);
        var abbreviation = LatinToCyrillic.Typed(form.Abbreviation);
        var others = await db.AccreditingBodies.Where(b => body == null || b.Id != body.Id).Select(b => new { b.Code, b.Name, b.Abbreviation }).ToListAsync();
        if (name is not null && others.Any(b => SearchKey.Fold(b.Name) == SearchKey.Fold(name)))
            throw new DomainException("AccreditingBodies.Taken", nameof(form.Name));
        if (abbreviation is not null && others.Any(b => SearchKey.Fold(b.Abbreviation) == SearchKey.Fold(abbreviation)))
            throw new DomainException("AccreditingBodies.Taken", nameof(form.Abbreviation));
        if (body is null)
        {
            var code = ReferenceCode.From(SerbianTransliteration.ToLatin(abbreviation ?? ""), others.Select(b => b.Code).ToList(), "Body");
            var last = await db.AccreditingBodies.MaxAsync(b => (int?)b.SortOrder) ?? -1;
            body = db.AccreditingBodies.Add(new AccreditingBody(code, name!, abbreviation!, form.AsksLicenceNumber, last + 1)).Entity;
        }
        else
        {
            body.Rename(name, abbreviation);
            body.AskForLicenceNumber(form.AsksLicenceNumber);
        }
        await db.SaveChangesAsync();
        return body;
    }
}
