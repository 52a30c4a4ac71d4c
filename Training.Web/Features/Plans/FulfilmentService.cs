using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Training.Domain.Common;
using Training.Domain.Planning;
using Training.Domain.Sessions;
using Training.Infrastructure.Persistence;

namespace Training.Web.Features.Plans;

/// <summary>
/// How much of a plan has been delivered, computed live from sessions, attendance and certificates;
/// nothing of it is typed in. Loads a scope of sessions in four queries and counts in memory, so the
/// plan page and the dashboard cost the same few commands whatever the year holds.
/// </summary>
public sealed class FulfilmentService(TrainingDbContext db, TimeProvider clock)
{
    public DateOnly Today => Belgrade.Today(clock);

    public async Task<Delivery> DeliveryAsync(Expression<Func<TrainingSession, bool>> scope)
    {
        var sessions = await db.Sessions.AsNoTracking().Where(scope)
            .Select(s => new SessionFact(s.Id, s.PlanActivityId, s.Status, s.StartsAtUtc, s.Days.Sum(d => d.Minutes), s.TargetSectorCodes))
            .ToListAsync();
        var scoped = db.Sessions.Where(scope).Where(s => s.Status != SessionStatus.Cancelled);
        var attendance = await (
            from a in db.Attendance
            join s in scoped on a.SessionId equals s.Id
            join p in db.Participants on a.ParticipantId equals p.Id
            join o in db.Organisations on p.OrganisationId equals o.Id into orgs
            from o in orgs.DefaultIfEmpty()
            where a.Hours > 0
            select new { a.SessionId, a.ParticipantId, p.OrganisationId, Sector = o != null ? o.Sector.Code : null, District = o != null ? (int?)o.Municipality.DistrictId : null })
            .Distinct().ToListAsync();
        var certificates = await (
            from c in db.Certificates
            join s in scoped on c.SessionId equals s.Id
            where c.Status == Training.Domain.Certificates.CertificateStatus.Valid
            group c by c.SessionId into g
            select new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        var confirmed = await (
            from r in db.Registrations
            join s in scoped on r.SessionId equals s.Id
            where r.Status == Training.Domain.Registrations.RegistrationStatus.Confirmed
                  && s.Status != SessionStatus.Delivered && s.Status != SessionStatus.Closed
            group r by r.SessionId into g
            select new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        return new Delivery(sessions, attendance.Select(a => new AttendanceFact(a.SessionId, a.ParticipantId, a.OrganisationId, a.Sector, a.District)).ToList(),
            certificates, confirmed);
    }

    /// <summary>The plan of a year with every part it is shown with, or null when there is none.</summary>
    public Task<AnnualPlan?> PlanAsync(int year) =>
        db.AnnualPlans.AsSplitQuery()
            .Include(p => p.Reopenings)
            .Include(p => p.Goals).ThenInclude(g => g.Activities).ThenInclude(a => a.Tasks)
            .Include(p => p.Goals).ThenInclude(g => g.Activities).ThenInclude(a => a.Targets)
            .Include(p => p.Goals).ThenInclude(g => g.Activities).ThenInclude(a => a.Evidence)
            .Include(p => p.Goals).ThenInclude(g => g.Outcomes)
            .FirstOrDefaultAsync(p => p.Year == year);

    /// <summary>The plan's activities with their targets only: what the dashboard needs to rate them.</summary>
    public Task<AnnualPlan?> PlanOutlineAsync(int year) =>
        db.AnnualPlans.AsNoTrackingWithIdentityResolution()
            .Include(p => p.Goals).ThenInclude(g => g.Activities).ThenInclude(a => a.Targets)
            .FirstOrDefaultAsync(p => p.Year == year);

    public async Task<PlanFulfilment> FulfilmentAsync(AnnualPlan plan)
    {
        var activityIds = plan.Goals.SelectMany(g => g.Activities).Select(a => a.Id).ToList();
        var delivery = await DeliveryAsync(s => s.PlanActivityId != null && activityIds.Contains(s.PlanActivityId.Value));
        return Rate(plan, delivery);
    }

    /// <summary>Rates every activity of <paramref name="plan"/> from a delivery that covers its sessions.</summary>
    public PlanFulfilment Rate(AnnualPlan plan, Delivery delivery)
    {
        var share = FulfilmentRule.ExpectedShare(plan.Year, Today);
        var activities = plan.Goals.SelectMany(g => g.Activities).ToDictionary(a => a.Id, a => RateActivity(a, delivery, share));
        var ids = activities.Keys.ToHashSet();
        return new PlanFulfilment(plan, activities, delivery.Figures(s => s.ActivityId is int id && ids.Contains(id)), share);
    }

    private static ActivityFulfilment RateActivity(PlanActivity activity, Delivery delivery, decimal share)
    {
        if (!activity.IsComputed)
        {
            // Activities not measured from sessions are rated by the progress the coordinator reports.
            var noted = activity.Targets.Select(t => new TargetProgress(t, null, null, FulfilmentStatus.NotRated)).ToList();
            return new ActivityFulfilment(activity, null, noted, FulfilmentRule.Rate(activity.Progress, share));
        }
        var figures = delivery.Figures(s => s.ActivityId == activity.Id);
        var targets = activity.Targets.Select(t =>
        {
            (decimal? actual, decimal projected) = t.Kind switch
            {
                TargetKind.Sessions when t.SectorCode is not null => ((decimal?)figures.DeliveredBySector(t.SectorCode), (decimal)figures.PlannedBySector(t.SectorCode)),
                TargetKind.Sessions => ((decimal?)figures.Delivered, (decimal)figures.Planned),
                TargetKind.Participants when t.SectorCode is not null => (figures.PersonsBySector.GetValueOrDefault(t.SectorCode), figures.PersonsBySector.GetValueOrDefault(t.SectorCode)),
                TargetKind.Participants => (figures.Persons, figures.Persons + figures.UpcomingConfirmed),
                TargetKind.TrainingHours => (figures.Hours, figures.Hours + figures.UpcomingHours),
                _ => ((decimal?)null, 0m),
            };
            return actual is null
                ? new TargetProgress(t, null, null, FulfilmentStatus.NotRated)
                : new TargetProgress(t, actual, FulfilmentRule.Percent(t.Value, actual.Value), FulfilmentRule.Rate(t.Value, actual.Value, projected, share));
        }).ToList();
        var status = targets.Count == 0
            ? FulfilmentStatus.NotRated
            : FulfilmentRule.Worst(targets.Select(t => t.Status));
        return new ActivityFulfilment(activity, figures, targets, status);
    }
}
