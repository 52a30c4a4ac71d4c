using Microsoft.EntityFrameworkCore;
using Training.Domain.Common;
using Training.Domain.Organisations;
using Training.Infrastructure.Persistence;
using Training.Web.Shared;

namespace Training.Web.Features.Directory;

public sealed class DirectoryService(TrainingDbContext db)
{
    public async Task<Page<OrganisationRow>> ListAsync(DirectoryFilter filter)
    {
        var query = db.Organisations.AsNoTracking();
        if (filter.District is not null)
            query = query.Where(o => o.Municipality.DistrictId == filter.District);
        if (filter.Sector is not null)
            query = query.Where(o => o.SectorId == filter.Sector);
        query = await query.MatchingAsync(filter.Search, o => new SearchTexts(o.Id, o.Name, o.Municipality.Name));
        return await query
            .OrderBy(o => o.Municipality.District.Name).ThenBy(o => o.Municipality.Name).ThenBy(o => o.Name)
            .Select(o => new OrganisationRow(o.Id, o.Name, o.Sector.Code, o.Municipality.Name, o.Municipality.District.Name, o.Email, o.IsActive))
            .ToPageAsync(filter.Page);
    }

    public async Task<DirectoryChoices> ChoicesAsync()
    {
        var sectors = await db.Sectors.AsNoTracking().OrderBy(s => s.SortOrder).Select(s => new Choice(s.Id, s.Code)).ToListAsync();
        var districts = await db.Districts.AsNoTracking().OrderBy(d => d.Id).Select(d => new Choice(d.Id, d.Name)).ToListAsync();
        var municipalities = await db.Municipalities.AsNoTracking().OrderBy(m => m.DistrictId).ThenBy(m => m.Name)
            .Select(m => new MunicipalityChoice(m.Id, m.Name, m.District.Name)).ToListAsync();
        return new DirectoryChoices(sectors, districts, municipalities);
    }

    public Task<OrganisationForm?> FormAsync(int id) =>
        db.Organisations.AsNoTracking().Where(o => o.Id == id)
            .Select(o => new OrganisationForm
            {
                Name = o.Name, SectorId = o.SectorId, MunicipalityId = o.MunicipalityId,
                Email = o.Email, Phone = o.Phone, Address = o.Address, IsActive = o.IsActive,
                AlsoServes = o.AlsoServes.Select(s => s.MunicipalityId).ToList(),
            })
            .FirstOrDefaultAsync();

    /// <summary>Creates (no id) or updates an institution; null when the id is unknown.</summary>
    public async Task<Organisation?> SaveAsync(int? id, OrganisationForm form)
    {
        var sector = await db.Sectors.FindAsync(form.SectorId) ?? throw new DomainException("Validation.Required", nameof(form.SectorId));
        var municipality = await db.Municipalities.FindAsync(form.MunicipalityId) ?? throw new DomainException("Validation.Required", nameof(form.MunicipalityId));
        var duplicate = await db.Organisations.AnyAsync(o => o.Id != id && o.MunicipalityId == municipality.Id && o.Name == form.Name.Trim());
        if (duplicate)
            throw new DomainException("Directory.Duplicate", nameof(form.Name));

        Organisation? organisation;
        if (id is null)
        {
            organisation = new Organisation(form.Name, sector, municipality, form.Email, form.Phone, form.Address);
            db.Organisations.Add(organisation);
        }
        else
        {
            organisation = await db.Organisations.Include(o => o.AlsoServes).FirstOrDefaultAsync(o => o.Id == id.Value);
            if (organisation is null)
                return null;
            organisation.Update(form.Name, sector, municipality, form.Email, form.Phone, form.Address);
        }
        var served = form.AlsoServes.Distinct().ToList();
        if (await db.Municipalities.CountAsync(m => served.Contains(m.Id)) != served.Count)
            throw new DomainException("Validation.Invalid", nameof(form.AlsoServes));
        organisation.Serve(served);
        if (form.IsActive)
            organisation.Activate();
        else
            organisation.Deactivate();
        await db.SaveChangesAsync();
        return organisation;
    }
}
