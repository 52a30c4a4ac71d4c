using Microsoft.EntityFrameworkCore;
using Training.Domain.Common;
using Training.Domain.Venues;
using Training.Infrastructure.Persistence;
using Training.Web.Features.Directory;
using Training.Web.Shared;

namespace Training.Web.Features.Venues;

public sealed class VenueService(TrainingDbContext db)
{
    public Task<Page<VenueRow>> ListAsync(int? page) =>
        db.Venues.AsNoTracking().OrderBy(v => v.Municipality.Name).ThenBy(v => v.Name)
            .Select(v => new VenueRow(v.Id, v.Name, v.Address, v.Municipality.Name, v.Capacity, v.AccessibilityNotes))
            .ToPageAsync(page);

    public async Task<VenueEditor> EditorAsync(VenueForm form, int? id = null) =>
        new(form, await db.Municipalities.AsNoTracking().OrderBy(m => m.DistrictId).ThenBy(m => m.Name)
            .Select(m => new MunicipalityChoice(m.Id, m.Name, m.District.Name)).ToListAsync()) { Id = id };

    public Task<VenueForm?> FormAsync(int id) =>
        db.Venues.AsNoTracking().Where(v => v.Id == id).Select(v => new VenueForm
        {
            Name = v.Name, Address = v.Address, MunicipalityId = v.MunicipalityId, Capacity = v.Capacity,
            AccessibilityNotes = v.AccessibilityNotes, ContactPerson = v.ContactPerson, ContactPhone = v.ContactPhone,
        }).FirstOrDefaultAsync();

    public async Task<Venue?> SaveAsync(int? id, VenueForm form)
    {
        var municipality = await db.Municipalities.FindAsync(form.MunicipalityId) ?? throw new DomainException("Validation.Required", nameof(form.MunicipalityId));
        Venue? venue;
        if (id is null)
        {
            venue = new Venue(form.Name, form.Address, municipality, form.Capacity ?? 0);
            db.Venues.Add(venue);
        }
        else
        {
            venue = await db.Venues.FindAsync(id.Value);
            if (venue is null)
                return null;
        }
        venue.Update(form.Name, form.Address, municipality, form.Capacity ?? 0, form.AccessibilityNotes, form.ContactPerson, form.ContactPhone);
        await db.SaveChangesAsync();
        return venue;
    }
}
