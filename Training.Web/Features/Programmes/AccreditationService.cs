using Microsoft.EntityFrameworkCore;
using Training.Domain.Common;
using Training.Domain.Programmes;
using Training.Infrastructure.Persistence;

namespace Training.Web.Features.Programmes;

/// <summary>A programme's accreditations: adding, changing and withdrawing them.</summary>
public sealed class AccreditationService(TrainingDbContext db)
{
    public async Task<AccreditationEditor?> EditorAsync(int programmeId, int? accreditationId, AccreditationForm? form = null)
    {
        var programme = await db.Programmes.AsNoTracking().Include(p => p.Accreditations).FirstOrDefaultAsync(p => p.Id == programmeId);
        if (programme is null)
            return null;
        if (form is null)
        {
            if (accreditationId is null)
            {
                form = new AccreditationForm();
            }
            else
            {
                var a = programme.Accreditations.FirstOrDefault(x => x.Id == accreditationId);
                if (a is null)
                    return null;
                form = new AccreditationForm
                {
                    AccreditingBodyId = a.AccreditingBodyId, Number = a.Number, AccreditedTitle = a.AccreditedTitle, ParticipantPoints = a.ParticipantPoints,
                    TrainerPoints = a.TrainerPoints, ValidFrom = a.ValidFrom, ValidUntil = a.ValidUntil, Audience = a.Audience.Codes.ToList(),
                };
            }
        }
        var bodies = await db.AccreditingBodies.AsNoTracking().OrderBy(b => b.SortOrder).ToListAsync();
        var sectors = await db.Sectors.OrderBy(s => s.SortOrder).Select(s => s.Code).ToListAsync();
        return new AccreditationEditor(programme.Id, programme.Title, accreditationId, form, bodies, sectors);
    }

    /// <summary>Adds an accreditation (no id) or changes one; false when the programme or the accreditation is not there.</summary>
    public async Task<bool> SaveAsync(int programmeId, int? accreditationId, AccreditationForm form)
    {
        var programme = await db.Programmes.Include(p => p.Accreditations).ThenInclude(a => a.Body).FirstOrDefaultAsync(p => p.Id == programmeId);
        if (programme is null)
            return false;
        var body = form.AccreditingBodyId is int bodyId ? await db.AccreditingBodies.FindAsync(bodyId) : null;
        var terms = new AccreditationTerms(form.Number, form.AccreditedTitle, form.ParticipantPoints, form.TrainerPoints, form.ValidFrom, form.ValidUntil,
            new SectorSet(form.Audience));
        if (accreditationId is null)
        {
            programme.Accredit(body, terms);
        }
        else
        {
            var accreditation = programme.Accreditations.FirstOrDefault(a => a.Id == accreditationId);
            if (accreditation is null)
                return false;
            accreditation.Change(body, terms);
        }
        await db.SaveChangesAsync();
        return true;
    }

    public async Task<bool> WithdrawAsync(int programmeId, int accreditationId)
    {
        var programme = await db.Programmes.Include(p => p.Accreditations).FirstOrDefaultAsync(p => p.Id == programmeId);
        if (programme is null || programme.Accreditations.All(a => a.Id != accreditationId))
            return false;
        programme.Withdraw(accreditationId);
        await db.SaveChangesAsync();
        return true;
    }
}
