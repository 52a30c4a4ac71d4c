using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Training.Domain.Attendance;
using Training.Domain.Sessions;
using Training.Domain.StaffDevelopment;
using Training.Infrastructure.Persistence;

namespace Training.Web.Features.StaffDevelopment;

/// <summary>
/// What the Centre's own people planned and did: their development plan items, the sessions of this
/// system they attended (found by their email in attendance, never typed in twice), and their supervision.
/// </summary>
public sealed class StaffRecordService(TrainingDbContext db, IOptions<StaffDevelopmentOptions> options)
{
    private StaffDevelopmentOptions Rule => options.Value;

    public Task<DevelopmentPlan?> PlanAsync(int year) =>
        db.DevelopmentPlans.Include(p => p.Items).FirstOrDefaultAsync(p => p.Year == year);

    /// <summary>
    /// Everyone's year: the active staff, and anyone else the year's plan names or who had supervision in it.
    /// Three queries (the plan, the staff with their supervision, their attendance), since the dashboard rates
    /// the plan's activities from this too; the funding plan only when asked for.
    /// </summary>
    public async Task<StaffYear> YearAsync(int year, bool withFunding = false)
    {
        var plan = await db.DevelopmentPlans.AsNoTracking().Include(p => p.Items).FirstOrDefaultAsync(p => p.Year == year);
        var named = plan?.Items.Select(i => i.StaffMemberId).ToHashSet() ?? [];
        var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var rows = await db.StaffMembers.AsNoTracking().OrderBy(s => s.FullName)
            .Select(s => new
            {
                Staff = s,
                Supervision = db.SupervisionAttendees.Where(a => a.StaffMemberId == s.Id)
                    .Join(db.SupervisionSessions.Where(x => x.Date >= first && x.Date <= last), a => a.SupervisionSessionId, x => x.Id, (a, x) => new { x.Id, x.Hours })
                    .ToList(),
            })
            .ToListAsync();
        rows = rows.Where(r => r.Staff.IsActive || named.Contains(r.Staff.Id) || r.Supervision.Count > 0).ToList();
        var attended = (await InternalAsync(rows.Select(r => r.Staff).ToList(), first, last)).ToLookup(r => r.StaffMemberId);
        var target = plan?.SupervisionHoursTarget ?? 0;
        var people = rows.Select(r => new PersonYear(r.Staff, plan?.Items.Where(i => i.StaffMemberId == r.Staff.Id).ToList() ?? [], attended[r.Staff.Id].ToList(),
            r.Supervision.Sum(x => x.Hours), r.Staff.IsActive ? target : 0)).ToList();
        // Every supervision session has at least one attendee, and every attendee is here: the year's sessions are theirs.
        var sessions = rows.SelectMany(r => r.Supervision).DistinctBy(x => x.Id).ToList();
        return new StaffYear(year, plan, people, withFunding ? await FundingAsync(plan) : [], sessions.Count, sessions.Sum(x => x.Hours));
    }

    /// <summary>One person's page for a year, with their whole history and licence; null when there is no such person.</summary>
    public async Task<StaffRecord?> RecordAsync(int staffMemberId, int year)
    {
        var staff = await db.StaffMembers.AsNoTracking().FirstOrDefaultAsync(s => s.Id == staffMemberId);
        if (staff is null)
            return null;
        var items = await db.DevelopmentItems.AsNoTracking().Include(i => i.Plan).Where(i => i.StaffMemberId == staffMemberId).ToListAsync();
        var plan = await db.DevelopmentPlans.AsNoTracking().FirstOrDefaultAsync(p => p.Year == year);
        var internalRecords = await InternalAsync([staff], null, null);
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var supervision = await (
            from a in db.SupervisionAttendees
            join s in db.SupervisionSessions on a.SupervisionSessionId equals s.Id
            join v in db.Supervisors on s.SupervisorId equals v.Id
            where a.StaffMemberId == staffMemberId
            orderby s.Date descending
            select new SupervisionLine(s.Id, s.Date, s.Hours, s.Format, s.Topic, v.FullName, s.ConfidentialNotes != null)).ToListAsync();
        var person = new PersonYear(staff, items.Where(i => i.Plan.Year == year).ToList(), internalRecords.Where(r => r.StartsOn >= from && r.StartsOn <= to).ToList(),
            supervision.Where(s => s.Date >= from && s.Date <= to).Sum(s => s.Hours), plan?.SupervisionHoursTarget ?? 0);
        var history = internalRecords
            .Select(r => new TrainingRecordLine(DevelopmentKind.Internal, r.Title, null, r.StartsOn, r.EndsOn, r.AttendedHours, r.Points, r.SessionId, null, false))
            .Concat(items.Where(i => i.Status == DevelopmentStatus.Attended).Select(i => new TrainingRecordLine(i.Kind, i.Title, i.Provider,
                i.StartsOn!.Value, i.EndsOn!.Value, i.AttendedHours ?? 0, i.EarnedPoints ?? 0, null, i.Id, i.CertificateStoredName is not null)))
            .OrderByDescending(l => l.StartsOn).ToList();
        return new StaffRecord(year, person, history, Licence(staff, history.Select(h => (h.EndsOn, h.Points))), supervision);
    }

    /// <summary>Points earned within the licence period, from every training that ended in it.</summary>
    public LicenceProgress? Licence(StaffMember staff, IEnumerable<(DateOnly EndsOn, decimal Points)> earned)
    {
        if (staff.LicenceRenewsOn is not { } renews)
            return null;
        var progress = new LicenceProgress(renews, Rule.LicenceYears, staff.LicencePointsRequired ?? Rule.LicencePoints, 0);
        return progress with { Earned = earned.Where(e => progress.Counts(e.EndsOn)).Sum(e => e.Points) };
    }

    /// <summary>
    /// Sessions of this system the given people attended (for at least part of a day), matched by email,
    /// starting between <paramref name="from"/> and <paramref name="to"/> when given. Cancelled sessions do not count.
    /// </summary>
    public async Task<List<InternalRecord>> InternalAsync(IReadOnlyCollection<StaffMember> staff, DateOnly? from, DateOnly? to)
    {
        if (staff.Count == 0)
            return [];
        var byEmail = staff.ToDictionary(s => s.Email, s => s.Id);
        var emails = byEmail.Keys.ToList();
        // One row per mark, with its session beside it (a person's marks are few); hours are summed here rather than
        // in SQL, since SQLite keeps decimals as text.
        var marks = await (
            from a in db.Attendance
            join p in db.Participants on a.ParticipantId equals p.Id
            join s in db.Sessions on a.SessionId equals s.Id
            where emails.Contains(p.Email) && a.Mark != AttendanceMark.Absent && s.Status != SessionStatus.Cancelled
            select new
            {
                a.SessionId, p.Email, a.Hours, s.ProgrammeId, s.Title, StartsOn = s.Days.Min(d => d.Date), EndsOn = s.Days.Max(d => d.Date),
                Minutes = s.Days.Sum(d => d.Minutes), s.CompletionPercentOverride, ProgrammePercent = s.Programme.CompletionPercent,
                AccreditationPoints = s.Programme.Accreditations.Where(a => a.Body.AsksLicenceNumber).Select(a => (decimal?)a.ParticipantPoints).FirstOrDefault(),
            }).ToListAsync();
        return marks.GroupBy(m => (m.SessionId, m.Email))
            .Select(g =>
            {
                var s = g.First();
                var completion = new Completion(g.Sum(m => m.Hours), s.Minutes / 60m, TrainingSession.CompletionPercentOf(s.CompletionPercentOverride, s.ProgrammePercent));
                return new InternalRecord(byEmail[g.Key.Email], s.SessionId, s.ProgrammeId, s.Title, s.StartsOn, s.EndsOn, completion.SessionHours,
                    completion.AttendedHours, completion.Eligible, s.AccreditationPoints);
            })
            .Where(r => (from is null || r.StartsOn >= from) && (to is null || r.StartsOn <= to))
            .OrderBy(r => r.StartsOn).ToList();
    }

    /// <summary>Cost per funding source: planned in the approved plan, committed (approved or requested, not yet done), spent (attended).</summary>
    private async Task<List<FundingLine>> FundingAsync(DevelopmentPlan? plan)
    {
        var costed = plan?.Items.Where(i => i.Cost is > 0 && i.Status != DevelopmentStatus.Cancelled).ToList() ?? [];
        if (costed.Count == 0)
            return [];
        var ids = costed.Where(i => i.FundingSourceId is not null).Select(i => i.FundingSourceId!.Value).Distinct().ToList();
        var names = await db.FundingSources.Where(f => ids.Contains(f.Id)).ToDictionaryAsync(f => f.Id, f => f.Name);
        return costed.GroupBy(i => i.FundingSourceId)
            .Select(g => new FundingLine(g.Key, g.Key is int id ? names.GetValueOrDefault(id) : null,
                g.Where(i => i.InPlan).Sum(i => i.Cost!.Value),
                g.Where(i => i.IsOpen).Sum(i => i.Cost!.Value),
                g.Where(i => i.Status == DevelopmentStatus.Attended).Sum(i => i.Cost!.Value)))
            .OrderBy(l => l.Name).ToList();
    }
}
