using Microsoft.EntityFrameworkCore;
using Training.Domain.Attendance;
using Training.Domain.Budgets;
using Training.Domain.Common;
using Training.Domain.Planning;
using Training.Domain.Sessions;
using Training.Infrastructure.Localisation;
using Training.Infrastructure.Persistence;
using Training.Web.Shared;

namespace Training.Web.Features.Budgets;

/// <summary>
/// Money: funding sources with what they make available per year, budget lines of sessions and of
/// plan activities, and the totals that show what was planned and spent, and what it cost per person.
/// All comparisons are in dinars (other currencies at the rate each line was booked at).
/// </summary>
public sealed class BudgetService(TrainingDbContext db, TextCatalog text, LinkGenerator links)
{
    public Task<List<Choice>> SourceChoicesAsync() =>
        db.FundingSources.AsNoTracking().Where(f => f.IsActive).OrderBy(f => f.Name).Select(f => new Choice(f.Id, f.Name)).ToListAsync();

    public Task<List<FundingSource>> SourcesAsync() => db.FundingSources.Include(f => f.Allocations).OrderBy(f => f.Name).ToListAsync();

    public async Task<FundingSource> SaveSourceAsync(int? id, FundingForm form)
    {
        var source = id is null ? null : await db.FundingSources.Include(f => f.Allocations).FirstOrDefaultAsync(f => f.Id == id)
                     ?? throw new DomainException("Budget.NotFound");
        if (source is null)
        {
            source = new FundingSource(form.Name!, form.Kind, form.Donor);
            db.FundingSources.Add(source);
        }
        source.Describe(form.Name!, form.Kind, form.ProjectCode, form.Donor, form.StartsOn, form.EndsOn);
        if (form.Year is int year || form.Amount is not null)
            source.MakeAvailable(form.Year ?? throw new DomainException("Validation.Required", nameof(form.Year)),
                form.Amount ?? throw new DomainException("Validation.Required", nameof(form.Amount)));
        await db.SaveChangesAsync();
        return source;
    }

    /// <summary>A session's lines, its totals and cost per person and per hour attended.</summary>
    public async Task<(List<BudgetLine> Lines, BudgetTotals Totals)> SessionAsync(int sessionId)
    {
        var lines = await db.BudgetLines.Where(b => b.SessionId == sessionId).OrderBy(b => b.Category).ThenBy(b => b.Id).ToListAsync();
        return (lines, await TotalsAsync(lines, [sessionId]));
    }

    /// <summary>An activity's own lines, the lines of its sessions, and the totals of both.</summary>
    public async Task<(List<BudgetLine> Own, List<BudgetLine> OfSessions, BudgetTotals Totals)> ActivityAsync(int activityId)
    {
        var own = await db.BudgetLines.Where(b => b.PlanActivityId == activityId).OrderBy(b => b.Category).ThenBy(b => b.Id).ToListAsync();
        var sessionIds = await db.Sessions.Where(s => s.PlanActivityId == activityId && s.Status != SessionStatus.Cancelled).Select(s => s.Id).ToListAsync();
        var ofSessions = await db.BudgetLines.Where(b => b.SessionId != null && sessionIds.Contains(b.SessionId.Value)).OrderBy(b => b.SessionId).ThenBy(b => b.Category).ToListAsync();
        return (own, ofSessions, await TotalsAsync([.. own, .. ofSessions], sessionIds));
    }

    public async Task<BudgetLine> SaveLineAsync(BudgetLine? line, Func<BudgetLine> create, BudgetLineForm form, bool fundingRequired)
    {
        if (form.FundingSourceId is int source && !await db.FundingSources.AnyAsync(f => f.Id == source))
            throw new DomainException("Validation.Invalid", nameof(form.FundingSourceId));
        if (form.Planned is null)
            throw new DomainException("Validation.Required", nameof(form.Planned));
        var target = line ?? create();
        target.Set(form.Category, form.Planned.Value, form.Actual, form.ActualOn, form.Currency, form.ExchangeRate, form.FundingSourceId, form.Funds, form.Note, fundingRequired);
        if (line is null)
            db.BudgetLines.Add(target);
        await db.SaveChangesAsync();
        return target;
    }

    public Task<BudgetLine?> LineAsync(int id) => db.BudgetLines.FirstOrDefaultAsync(b => b.Id == id);

    public async Task DeleteLineAsync(BudgetLine line)
    {
        db.BudgetLines.Remove(line);
        await db.SaveChangesAsync();
    }

    /// <summary>A trainer-fee line for each trainer assignment that has none yet, planned at the agreed fee.</summary>
    public async Task<int> PrefillTrainerFeesAsync(TrainingSession session, bool fundingRequired, int? fundingSourceId)
    {
        var filled = await db.BudgetLines.Where(b => b.SessionId == session.Id && b.TrainerAssignmentId != null).Select(b => b.TrainerAssignmentId!.Value).ToListAsync();
        var added = 0;
        foreach (var assignment in session.Trainers.Where(t => !filled.Contains(t.Id)))
        {
            var line = BudgetLine.ForSession(session.Id);
            line.Set(BudgetCategory.TrainerFees, assignment.Fee, null, null, Money.Dinar, null, fundingSourceId, FundsState.Requested,
                Cultures.InCurrentScript(assignment.Trainer.FullName), fundingRequired);
            line.FilledFrom(assignment.Id);
            db.BudgetLines.Add(line);
            added++;
        }
        await db.SaveChangesAsync();
        return added;
    }

    /// <summary>A year's money: totals by funding source, activity, sector and session, and what each source made available.</summary>
    public async Task<BudgetOverview> OverviewAsync(int year)
    {
        var sessions = await db.Sessions.AsNoTracking()
            .Where(PlanYear.HeldIn(year)).Where(s => s.Status != SessionStatus.Cancelled)
            .Select(s => new { s.Id, s.Title, s.PlanActivityId, s.TargetSectorCodes }).ToDictionaryAsync(s => s.Id);
        var sessionIds = sessions.Keys.ToList();
        var planActivities = await db.PlanActivities.AsNoTracking().Where(a => a.Goal.Plan.Year == year)
            .Select(a => new { a.Id, Code = a.Goal.ParentGoal!.Number + "." + a.Goal.Number + "." + a.Number, a.Text }).ToDictionaryAsync(a => a.Id);
        var activityIds = planActivities.Keys.ToList();
        var lines = await db.BudgetLines.AsNoTracking()
            .Where(b => (b.SessionId != null && sessionIds.Contains(b.SessionId.Value)) || (b.PlanActivityId != null && activityIds.Contains(b.PlanActivityId.Value)))
            .ToListAsync();
        var sources = await db.FundingSources.AsNoTracking().Include(f => f.Allocations).ToDictionaryAsync(f => f.Id);

        BudgetRow Row(string label, IEnumerable<BudgetLine> group, string? link = null) =>
            new(label, group.Sum(l => l.PlannedDinars), group.Sum(l => l.ActualDinars ?? 0), link);
        int? ActivityOf(BudgetLine l) => l.PlanActivityId ?? (l.SessionId is int s ? sessions[s].PlanActivityId : null);

        var bySource = lines.GroupBy(l => l.FundingSourceId)
            .Select(g => Row(g.Key is int id ? sources[id].Name : text["Budget.NoSource"], g)).OrderByDescending(r => r.Planned).ToList();
        var byActivity = lines.GroupBy(ActivityOf)
            .Select(g => Row(g.Key is int id && planActivities.TryGetValue(id, out var a) ? $"{a.Code} {a.Text}" : text["Budget.NoActivity"], g,
                g.Key is int linked && planActivities.ContainsKey(linked) ? links.GetPathByAction("Activity", "Budgets", new { year, id = linked }) : null))
            .OrderByDescending(r => r.Planned).ToList();
        // A session aimed at several sectors shares its cost among them equally; one aimed at everyone counts as "all sectors".
        var bySector = lines.Where(l => l.SessionId is not null)
            .SelectMany(l =>
            {
                var codes = SectorSet.Parse(sessions[l.SessionId!.Value].TargetSectorCodes).Codes;
                return codes.Count == 0
                    ? [(Sector: "", Planned: l.PlannedDinars, Actual: l.ActualDinars ?? 0)]
                    : codes.Select(c => (Sector: c, Planned: l.PlannedDinars / codes.Count, Actual: (l.ActualDinars ?? 0) / codes.Count));
            })
            .GroupBy(x => x.Sector)
            .Select(g => new BudgetRow(g.Key.Length == 0 ? text["Budget.AllSectors"] : text["Sector." + g.Key], Math.Round(g.Sum(x => x.Planned), 2), Math.Round(g.Sum(x => x.Actual), 2)))
            .OrderByDescending(r => r.Planned).ToList();
        var bySession = lines.Where(l => l.SessionId is not null).GroupBy(l => l.SessionId!.Value)
            .Select(g => Row(Cultures.InCurrentScript(sessions[g.Key].Title), g, links.GetPathByAction("Session", "Budgets", new { id = g.Key }))).ToList();
        var available = sources.Values.Where(f => f.AvailableIn(year) > 0 || lines.Any(l => l.FundingSourceId == f.Id))
            .Select(f => new BudgetRow(f.Name, f.AvailableIn(year), lines.Where(l => l.FundingSourceId == f.Id).Sum(l => l.ActualDinars ?? 0))).ToList();
        var years = await db.AnnualPlans.Select(p => p.Year).ToListAsync();
        return new BudgetOverview(year, years.Append(year).Distinct().OrderDescending().ToList(), await TotalsAsync(lines, sessionIds),
            bySource, byActivity, bySector, bySession, available);
    }

    /// <summary>Totals of <paramref name="lines"/> against the people who attended <paramref name="sessionIds"/> and their hours.</summary>
    private async Task<BudgetTotals> TotalsAsync(IReadOnlyCollection<BudgetLine> lines, IReadOnlyCollection<int> sessionIds)
    {
        var attended = await db.Attendance.AsNoTracking()
            .Where(a => sessionIds.Contains(a.SessionId) && a.Mark != AttendanceMark.Absent)
            .Select(a => new { a.ParticipantId, a.Hours }).ToListAsync();
        return new BudgetTotals(lines.Sum(l => l.PlannedDinars), lines.Sum(l => l.ActualDinars ?? 0),
            attended.Select(a => a.ParticipantId).Distinct().Count(), attended.Sum(a => a.Hours));
    }
}
