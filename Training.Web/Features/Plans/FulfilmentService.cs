using Training.Domain.Attendance;
using Microsoft.EntityFrameworkCore;
using Training.Domain.Certificates;
using Training.Domain.Common;
using Training.Domain.Planning;
using Training.Domain.Registrations;
using Training.Domain.Sessions;
using Training.Infrastructure.Persistence;
using Training.Web.Features.StaffDevelopment;

namespace Training.Web.Features.Plans;

/// <summary>
/// How much of a plan has been delivered, computed live from sessions, attendance and certificates;
/// nothing of it is typed in. Loads a scope of sessions in four queries and counts in memory, so the
/// plan page and the dashboard cost the same few commands whatever the year holds.
/// </summary>
public sealed class FulfilmentService(TrainingDbContext db, TimeProvider clock, StaffRecordService staffRecords)
{
    public DateOnly Today => Belgrade.Today(clock);

    /// <summary>
    /// The sessions and partners' trainings held in <paramref name="year"/> (see <see cref="PlanYear"/>), only those
    /// counting towards <paramref name="activityIds"/> when given.
    /// </summary>
    public async Task<Delivery> DeliveryAsync(int year, IReadOnlyCollection<int>? activityIds = null)
    {
        var inScope = db.Sessions.Where(PlanYear.HeldIn(year));
        var partners = db.PartnerTrainings.Where(PlanYear.PartnersHeldIn(year));
        if (activityIds is not null)
        {
            inScope = inScope.Where(s => (s.PlanActivityId != null && activityIds.Contains(s.PlanActivityId.Value))
                                         || (s.AlsoPlanActivityId != null && activityIds.Contains(s.AlsoPlanActivityId.Value)));
            partners = partners.Where(p => activityIds.Contains(p.PlanActivityId));
        }
        // Certificates and confirmed seats are counted beside each session (both by index), not in queries of their own.
        var sessions = await inScope.AsNoTracking()
            .Select(s => new SessionFact(s.Id, s.PlanActivityId, s.Status, s.StartsAtUtc, s.Days.Sum(d => d.Minutes), s.TargetSectorCodes,
                s.Status == SessionStatus.Cancelled ? 0 : db.Certificates.Count(c => c.SessionId == s.Id && c.Status == CertificateStatus.Valid),
                // Seats already confirmed in sessions still to come count towards "on track".
                s.Status == SessionStatus.Delivered || s.Status == SessionStatus.Closed || s.Status == SessionStatus.Cancelled ? 0
                    : db.Registrations.Count(r => r.SessionId == s.Id && r.Status == RegistrationStatus.Confirmed))
                { AlsoActivityId = s.AlsoPlanActivityId })
            .ToListAsync();
        sessions.AddRange((await partners.AsNoTracking().Include(p => p.Headcounts).ToListAsync()).Select(p => PartnersFact(p, Today)));
        var scoped = inScope.Where(s => s.Status != SessionStatus.Cancelled);
        // Who attended, from the covering index alone; where they came from is looked up in memory.
        var attendance = await (
            from a in db.Attendance
            join s in scoped on a.SessionId equals s.Id
            where a.Mark != AttendanceMark.Absent
            select new { a.SessionId, a.ParticipantId, a.OrganisationId })
            .Distinct().ToListAsync();
        var organisations = await db.Organisations.AsNoTracking()
            .Select(o => new OrganisationFact(o.Id, o.Sector.Code, o.Municipality.DistrictId, o.Municipality.District.Name))
            .ToDictionaryAsync(o => o.Id);
        // Money of the sessions in scope, and of activities themselves (few lines), in dinars.
        var money = (await db.BudgetLines.AsNoTracking()
                .Where(b => b.PlanActivityId != null || scoped.Any(s => s.Id == b.SessionId))
                .Select(b => new { b.SessionId, b.PlanActivityId, b.Planned, b.Actual, b.ExchangeRate }).ToListAsync())
            .Select(b => new MoneyFact(b.SessionId, b.PlanActivityId, b.Planned * b.ExchangeRate, (b.Actual ?? 0) * b.ExchangeRate)).ToList();
        var facts = attendance.DistinctBy(a => (a.SessionId, a.ParticipantId))
            .Select(a => a.OrganisationId is int id && organisations.TryGetValue(id, out var o)
                ? new AttendanceFact(a.SessionId, a.ParticipantId, id, o.SectorCode, o.DistrictId)
                : new AttendanceFact(a.SessionId, a.ParticipantId, null, null, null))
            .ToList();
        return new Delivery(sessions, facts) { Organisations = organisations, Money = money };
    }

    /// <summary>A partner's training as fulfilment counts it: delivered once its last day has come, its people by sector.</summary>
    private static SessionFact PartnersFact(PartnerTraining p, DateOnly today) =>
        new(-p.Id, p.PlanActivityId, p.IsHeldBy(today) ? SessionStatus.Delivered : SessionStatus.Planned, Belgrade.ToUtc(p.FirstDay, new TimeOnly(9, 0)),
            (int)Math.Round(p.Hours * 60), string.Join(',', p.Headcounts.Select(h => h.SectorCode)))
        {
            Organiser = p.Organiser,
            Headcounts = p.Headcounts.ToDictionary(h => h.SectorCode, h => h.Count),
        };

    /// <summary>The plan of a year with every part it is shown with, or null when there is none.</summary>
    public Task<AnnualPlan?> PlanAsync(int year) =>
        db.AnnualPlans.AsSplitQuery()
            .Include(p => p.Reopenings)
            .Include(p => p.Goals).ThenInclude(g => g.Activities).ThenInclude(a => a.Tasks).ThenInclude(t => t.Evidence)
            .Include(p => p.Goals).ThenInclude(g => g.Activities).ThenInclude(a => a.Targets)
            .Include(p => p.Goals).ThenInclude(g => g.Activities).ThenInclude(a => a.Evidence)
            .Include(p => p.Goals).ThenInclude(g => g.Outcomes)
            .FirstOrDefaultAsync(p => p.Year == year);

    /// <summary>The plan's activities with their targets and tasks only: what the dashboard needs to rate them.</summary>
    public Task<AnnualPlan?> PlanOutlineAsync(int year) =>
        db.AnnualPlans.AsNoTrackingWithIdentityResolution().AsSingleQuery()
            .Include(p => p.Goals).ThenInclude(g => g.Activities).ThenInclude(a => a.Targets)
            .Include(p => p.Goals).ThenInclude(g => g.Activities).ThenInclude(a => a.Tasks)
            .FirstOrDefaultAsync(p => p.Year == year);

    public async Task<PlanFulfilment> FulfilmentAsync(AnnualPlan plan)
    {
        var activityIds = plan.Goals.SelectMany(g => g.Activities).Select(a => a.Id).ToList();
        var delivery = await DeliveryAsync(plan.Year, activityIds);
        return Rate(plan, delivery, await StaffYearAsync(plan));
    }

    /// <summary>The year's staff development and supervision, loaded only when the plan has activities measured by them.</summary>
    public async Task<StaffYear?> StaffYearAsync(AnnualPlan plan) =>
        plan.Goals.SelectMany(g => g.Activities).Any(MeasuredByStaff) ? await staffRecords.YearAsync(plan.Year) : null;

    private static bool MeasuredByStaff(PlanActivity a) => a.Kind == ActivityKind.Supervision || (a.Kind == ActivityKind.StaffDevelopment && a.Targets.Count == 0);

    /// <summary>Rates every activity of <paramref name="plan"/> from a delivery of its year that covers its sessions.</summary>
    public PlanFulfilment Rate(AnnualPlan plan, Delivery delivery, StaffYear? staff)
    {
        var share = FulfilmentRule.ExpectedShare(plan.Year, Today);
        var activities = plan.Goals.SelectMany(g => g.Activities).ToDictionary(a => a.Id, a => RateActivity(plan.Year, a, delivery, staff, share));
        var ids = activities.Keys.ToHashSet();
        return new PlanFulfilment(plan, activities, delivery.Figures(s => s.CountsForAny(ids)), share);
    }

    /// <summary>
    /// An activity of any kind is rated from everything that measures it: its targets against the sessions linked
    /// to it, the Centre's own records for staff development and supervision, each task against its due quarter,
    /// and the progress the coordinator reports. It is as well as the worst of them. Progress never reported
    /// rates the activity only when nothing else does (as not started).
    /// </summary>
    private ActivityFulfilment RateActivity(int year, PlanActivity activity, Delivery delivery, StaffYear? staff, decimal share)
    {
        var figures = delivery.Figures(s => s.CountsFor(activity.Id));
        var targets = activity.Targets.Select(t => RateTarget(activity, t, figures, delivery, share)).ToList();
        var tasks = activity.Tasks.ToDictionary(t => t.Id, t => FulfilmentRule.Rate(t, year, Today));
        var measures = targets.Select(t => t.Status).Concat(tasks.Values).ToList();
        if (MeasuredByStaff(activity))
            measures.Add(RateFromStaff(activity, staff, share));
        if (activity.HasReportedProgress || (measures.Count == 0 && figures.Planned == 0))
            measures.Add(FulfilmentRule.Rate(activity.Progress, share));
        return new ActivityFulfilment(activity, figures, targets, FulfilmentRule.Worst(measures))
        {
            Staff = MeasuredByStaff(activity) ? staff : null,
            Tasks = tasks,
            Cost = (Planned(activity, figures, delivery), Spent(activity, figures, delivery)),
        };
    }

    private static TargetProgress RateTarget(PlanActivity activity, ActivityTarget t, DeliveryFigures figures, Delivery delivery, decimal share)
    {
        (decimal? actual, decimal projected) = t.Kind switch
        {
            TargetKind.Sessions when t.SectorCode is not null => ((decimal?)figures.DeliveredBySector(t.SectorCode), (decimal)figures.PlannedBySector(t.SectorCode)),
            TargetKind.Sessions => ((decimal?)figures.Delivered, (decimal)figures.Planned),
            TargetKind.Participants when t.SectorCode is not null => (figures.PersonsBySector.GetValueOrDefault(t.SectorCode), figures.PersonsBySector.GetValueOrDefault(t.SectorCode)),
            TargetKind.Participants => (figures.Persons, figures.Persons + figures.UpcomingConfirmed),
            TargetKind.TrainingHours => (figures.Hours, figures.Hours + figures.UpcomingHours),
            // Money spent, of the activity's sessions and of the activity itself; planned lines count towards "on track".
            TargetKind.Budget => (Spent(activity, figures, delivery), Planned(activity, figures, delivery)),
            _ => ((decimal?)null, 0m),
        };
        return actual is null
            ? new TargetProgress(t, null, null, FulfilmentStatus.NotRated)
            : new TargetProgress(t, actual, FulfilmentRule.Percent(t.Value, actual.Value), FulfilmentRule.Rate(t.Value, actual.Value, projected, share));
    }

    private static decimal Spent(PlanActivity activity, DeliveryFigures figures, Delivery delivery) =>
        figures.BudgetActual + delivery.Money.Where(m => m.ActivityId == activity.Id).Sum(m => m.Actual);

    private static decimal Planned(PlanActivity activity, DeliveryFigures figures, Delivery delivery) =>
        figures.BudgetPlanned + delivery.Money.Where(m => m.ActivityId == activity.Id).Sum(m => m.Planned);

    /// <summary>
    /// Supervision: every professional's hours against the year's target. Staff development without session
    /// targets: every professional's realised hours against their planned hours, with trainings still approved
    /// counting towards being on track. Either way one person's surplus does not make up for another's
    /// shortfall. No plan yet is rated like an activity not started.
    /// </summary>
    private static FulfilmentStatus RateFromStaff(PlanActivity activity, StaffYear? staff, decimal share) =>
        activity.Kind == ActivityKind.Supervision
            ? staff is { Plan: not null, SupervisionTarget: > 0 }
                ? FulfilmentRule.Rate(staff.SupervisionTarget, staff.SupervisionCounted, staff.SupervisionCounted, share)
                : FulfilmentRule.Rate(ActivityProgress.NotStarted, share)
            : staff?.Plan is { IsApproved: true }
                // Once the year is over, trainings still waiting to be recorded no longer count as on their way.
                ? FulfilmentRule.Rate(staff.PlannedHours, staff.CountedHours, share >= 1 ? staff.CountedHours : staff.CountedProjectedHours, share)
                : FulfilmentRule.Rate(staff?.Plan is null ? ActivityProgress.NotStarted : ActivityProgress.InProgress, share);
}
