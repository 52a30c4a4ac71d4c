using Microsoft.EntityFrameworkCore;
using Training.Domain.Common;
using Training.Domain.Planning;
using Training.Domain.Sessions;
using Training.Infrastructure.Persistence;
using Training.Web.Shared;

namespace Training.Web.Features.Plans;

/// <summary>
/// What an activity counts beyond its own sessions: trainings organised by partners with the Centre taking part,
/// and sessions of another activity that the plan lists under this one too.
/// </summary>
public sealed class PartnerTrainingService(TrainingDbContext db, TimeProvider clock)
{
    /// <summary>The partners' trainings of a year, of one activity when given, by date.</summary>
    public async Task<IReadOnlyList<PartnerTrainingRow>> ListAsync(int year, int? activityId = null)
    {
        var trainings = await db.PartnerTrainings.AsNoTracking().Include(p => p.Trainers).Include(p => p.Headcounts)
            .Where(PlanYear.PartnersHeldIn(year)).Where(p => activityId == null || p.PlanActivityId == activityId)
            .OrderBy(p => p.FirstDay).ToListAsync();
        var trainerIds = trainings.SelectMany(p => p.Trainers).Select(t => t.TrainerId).Distinct().ToList();
        var names = await db.Trainers.Where(t => trainerIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.FullName);
        return trainings.Select(p => new PartnerTrainingRow(p, p.Trainers.Select(t => names[t.TrainerId]).ToList())).ToList();
    }

    public Task<PartnerTraining?> FindAsync(int id) =>
        db.PartnerTrainings.Include(p => p.Trainers).Include(p => p.Headcounts).FirstOrDefaultAsync(p => p.Id == id);

    public async Task<PartnerTrainingEditor> EditorAsync(int year, PlanActivity activity, int? id, PartnerTrainingForm form)
    {
        while (form.Trainers.Count < PartnerTrainingForm.TrainerRows)
            form.Trainers.Add(new PartnerTrainerInput());
        var sectors = await db.Sectors.OrderBy(s => s.SortOrder).Select(s => s.Code).ToListAsync();
        var trainers = await db.Trainers.Where(t => t.IsActive).OrderBy(t => t.FullName).Select(t => new Choice(t.Id, t.FullName)).ToListAsync();
        return new PartnerTrainingEditor(year, activity, id, form, sectors, trainers);
    }

    public static PartnerTrainingForm FormOf(PartnerTraining p) => new()
    {
        Title = p.Title, Organiser = p.Organiser, Place = p.Place, FirstDay = p.FirstDay, LastDay = p.LastDay, Hours = p.Hours,
        Headcounts = p.Headcounts.ToDictionary(h => h.SectorCode, h => (int?)h.Count),
        Trainers = p.Trainers.Select(t => new PartnerTrainerInput { TrainerId = t.TrainerId, Hours = t.Hours }).ToList(),
    };

    /// <summary>Records a new partner's training for the activity, or changes <paramref name="training"/>; refuses a first day outside the plan's year.</summary>
    public async Task<PartnerTraining> SaveAsync(int year, int activityId, PartnerTraining? training, PartnerTrainingForm form, string by)
    {
        training ??= db.PartnerTrainings.Add(new PartnerTraining(activityId)).Entity;
        training.Describe(form.Title, form.Organiser, form.Place, form.FirstDay, form.LastDay, form.Hours);
        if (training.FirstDay.Year != year)
            throw new DomainException("PartnerTraining.OutsideYear", nameof(form.FirstDay), year);
        var sectors = await db.Sectors.Select(s => s.Code).ToListAsync();
        if (form.Headcounts.Keys.FirstOrDefault(k => !sectors.Contains(k)) is { } unknown)
            throw new DomainException("Validation.Invalid", $"Headcounts[{unknown}]");
        training.Count(form.Headcounts.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value!.Value));
        var rows = form.Trainers.Select((t, i) => (t, i)).Where(x => x.t.TrainerId is not null || x.t.Hours is not null).ToList();
        foreach (var (t, i) in rows)
        {
            if (t.TrainerId is null)
                throw new DomainException("Validation.Required", $"Trainers[{i}].TrainerId");
            if (t.Hours is null)
                throw new DomainException("Validation.Required", $"Trainers[{i}].Hours");
        }
        var ids = rows.Select(x => x.t.TrainerId!.Value).ToList();
        var known = await db.Trainers.Where(t => ids.Contains(t.Id)).Select(t => t.Id).ToListAsync();
        if (rows.FirstOrDefault(x => !known.Contains(x.t.TrainerId!.Value)) is { t: not null } missing)
            throw new DomainException("Validation.Invalid", $"Trainers[{missing.i}].TrainerId");
        training.Staff(rows.Select(x => (x.t.TrainerId!.Value, x.t.Hours!.Value)).ToList());
        training.Record(by, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
        return training;
    }

    public async Task DeleteAsync(PartnerTraining training)
    {
        db.PartnerTrainings.Remove(training);
        await db.SaveChangesAsync();
    }

    /// <summary>Sessions of the year linked to another activity that could also count towards this one.</summary>
    public Task<List<SessionChoice>> SessionsToCountAsync(int year, int activityId) =>
        db.Sessions.AsNoTracking().Where(PlanYear.HeldIn(year))
            .Where(s => s.Status != SessionStatus.Cancelled && s.PlanActivityId != null && s.PlanActivityId != activityId && s.AlsoPlanActivityId == null)
            .OrderBy(s => s.StartsAtUtc)
            .Select(s => new SessionChoice(s.Id, s.Title, s.Days.Min(d => d.Date))).ToListAsync();

    /// <summary>Counts a session of the year towards the activity too, or stops counting it (<paramref name="count"/> false).</summary>
    public async Task CountSessionAsync(int year, int activityId, int? sessionId, bool count)
    {
        var session = sessionId is int id ? await db.Sessions.Where(PlanYear.HeldIn(year)).FirstOrDefaultAsync(s => s.Id == id) : null;
        if (session is null)
            throw new DomainException("Validation.Required", "sessionId");
        if (!count && session.AlsoPlanActivityId != activityId)
            throw new DomainException("Validation.Invalid", "sessionId");
        session.CountAlsoFor(count ? activityId : null);
        await db.SaveChangesAsync();
    }
}
