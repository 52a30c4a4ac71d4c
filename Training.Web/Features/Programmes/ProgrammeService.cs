using Microsoft.EntityFrameworkCore;
using Training.Domain.Common;
using Training.Domain.Programmes;
using Training.Infrastructure.Localisation;
using Training.Infrastructure.Persistence;
using Training.Web.Shared;

namespace Training.Web.Features.Programmes;

public sealed class ProgrammeService(TrainingDbContext db)
{
    public async Task<ProgrammeList> ListAsync(string? search, bool archived, int? page)
    {
        var query = db.Programmes.AsNoTracking().Where(p => p.IsArchived == archived);
        query = await query.MatchingAsync(search, p => new SearchTexts(p.Id, p.Title, null));
        var rows = await query.OrderBy(p => p.Title)
            .Select(p => new ProgrammeRow(p.Id, p.Title, p.DurationDays, p.DurationHours,
                p.Accreditations.OrderBy(a => a.Body.SortOrder).Select(a => a.Body.Abbreviation + " " + a.Number).ToList(), p.IsArchived, db.Sessions.Count(s => s.ProgrammeId == p.Id)))
            .ToPageAsync(page);
        return new ProgrammeList(rows, search, archived);
    }

    public async Task<ProgrammeDetails?> DetailsAsync(int id)
    {
        var programme = await db.Programmes.AsNoTracking().Include(p => p.Accreditations).ThenInclude(a => a.Body).FirstOrDefaultAsync(p => p.Id == id);
        if (programme is null)
            return null;
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.ProgrammeId == id).OrderByDescending(s => s.StartsAtUtc)
            .Select(s => new ProgrammeSessionRow(s.Id, s.Title, s.Days.Min(d => d.Date), s.Status)).ToListAsync();
        return new ProgrammeDetails(programme, await ActivityTextAsync(programme.PlanActivityId), sessions);
    }

    public async Task<ProgrammeEditor> EditorAsync(ProgrammeForm form, int? id = null) =>
        new(form, await db.Sectors.OrderBy(s => s.SortOrder).Select(s => s.Code).ToListAsync(), await ActivityChoicesAsync()) { Id = id };

    public Task<ProgrammeForm?> FormAsync(int id) =>
        db.Programmes.AsNoTracking().Where(p => p.Id == id).Select(p => new ProgrammeForm
        {
            Title = p.Title, Description = p.Description, LearningObjectives = p.LearningObjectives,
            DurationDays = p.DurationDays, DurationHours = p.DurationHours, DefaultCapacity = p.DefaultCapacity,
            Language = p.Language, TargetSectors = p.TargetSectorCodes == "" ? new List<string>() : p.TargetSectorCodes.Split(',', StringSplitOptions.None).ToList(),
            PlanActivityId = p.PlanActivityId,
            CompletionPercent = p.CompletionPercent,
        }).FirstOrDefaultAsync();

    public async Task<TrainingProgramme?> SaveAsync(int? id, ProgrammeForm form)
    {
        TrainingProgramme? programme;
        if (id is null)
        {
            programme = new TrainingProgramme(form.Title, form.DurationHours ?? 0, form.DurationDays ?? 0, form.DefaultCapacity ?? 0);
            db.Programmes.Add(programme);
        }
        else
        {
            programme = await db.Programmes.FindAsync(id.Value);
            if (programme is null)
                return null;
            programme.SetDuration(form.DurationDays ?? 0, form.DurationHours ?? 0);
            programme.SetDefaultCapacity(form.DefaultCapacity ?? 0);
        }
        programme.Describe(form.Title, form.Description, form.LearningObjectives, Cultures.Normalise(form.Language));
        programme.TargetTo(new SectorSet(form.TargetSectors));
        if (form.PlanActivityId is not null && !await db.PlanActivities.AnyAsync(a => a.Id == form.PlanActivityId))
            throw new DomainException("Validation.Invalid", nameof(form.PlanActivityId));
        programme.ServePlanActivity(form.PlanActivityId);
        programme.SetCompletionRule(form.CompletionPercent ?? 0);
        await db.SaveChangesAsync();
        return programme;
    }

    public async Task<bool> SetArchivedAsync(int id, bool archived)
    {
        var programme = await db.Programmes.FindAsync(id);
        if (programme is null)
            return false;
        if (archived)
            programme.Archive();
        else
            programme.Restore();
        await db.SaveChangesAsync();
        return true;
    }

    private Task<List<Choice>> ActivityChoicesAsync() => Plans.PlanActivityNames.ChoicesAsync(db);

    private Task<string?> ActivityTextAsync(int? id) => Plans.PlanActivityNames.NameAsync(db, id);
}
