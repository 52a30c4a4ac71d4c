using Training.Domain.Planning;
using Training.Domain.Sessions;
using Training.Web.Features.StaffDevelopment;

namespace Training.Web.Features.Plans;

/// <summary>
/// A session as fulfilment counts it, with its valid certificates and (while still to come) its confirmed seats.
/// A training organised by a partner is one too, with its <see cref="Organiser"/> and its people as counts per
/// sector; its id is negated so it never meets a session's attendance or money.
/// </summary>
public sealed record SessionFact(int Id, int? ActivityId, SessionStatus Status, DateTime StartsAtUtc, int Minutes, string TargetSectorCodes, int Certificates = 0, int Confirmed = 0)
{
    public int? AlsoActivityId { get; init; }

    public string? Organiser { get; init; }

    public IReadOnlyDictionary<string, int> Headcounts { get; init; } = new Dictionary<string, int>();

    public bool IsPartners => Organiser is not null;

    /// <summary>Counts towards the activity: its own, or the second one the plan lists the same workshop under.</summary>
    public bool CountsFor(int activityId) => ActivityId == activityId || AlsoActivityId == activityId;

    /// <summary>Counts towards any of the activities; a session counted for two of them is still one session.</summary>
    public bool CountsForAny(IReadOnlySet<int> activityIds) =>
        (ActivityId is int first && activityIds.Contains(first)) || (AlsoActivityId is int second && activityIds.Contains(second));

    /// <summary>Meant for the sector: aimed at it, or at everyone.</summary>
    public bool Serves(string sectorCode) => TargetSectorCodes.Length == 0 || TargetSectorCodes.Split(',').Contains(sectorCode);

    public bool IsDelivered => Status is SessionStatus.Delivered or SessionStatus.Closed;
}

/// <summary>A person who attended a session (for at least part of a day), with where they work.</summary>
public sealed record AttendanceFact(int SessionId, int ParticipantId, int? OrganisationId, string? SectorCode, int? DistrictId);

/// <summary>A budget line as fulfilment counts it, in dinars: of a session, or of an activity itself.</summary>
public sealed record MoneyFact(int? SessionId, int? ActivityId, decimal Planned, decimal Actual);

/// <summary>Where an institution belongs, for counting people by sector and district.</summary>
public sealed record OrganisationFact(int Id, string SectorCode, int DistrictId, string DistrictName);

/// <summary>Everything delivered within a scope of sessions, loaded in a handful of queries and counted in memory.</summary>
public sealed record Delivery(IReadOnlyList<SessionFact> Sessions, IReadOnlyList<AttendanceFact> Attendance)
{
    /// <summary>Attendance by session, built once: an activity's figures then touch only its own sessions' people.</summary>
    public ILookup<int, AttendanceFact> AttendanceBySession { get; } = Attendance.ToLookup(a => a.SessionId);

    public IReadOnlyDictionary<int, OrganisationFact> Organisations { get; init; } = new Dictionary<int, OrganisationFact>();

    public IReadOnlyList<MoneyFact> Money { get; init; } = [];

    private IReadOnlyDictionary<int, string>? _districtNames;

    /// <summary>District names by id, from the institutions, built once.</summary>
    public IReadOnlyDictionary<int, string> DistrictNames =>
        _districtNames ??= Organisations.Values.DistinctBy(o => o.DistrictId).ToDictionary(o => o.DistrictId, o => o.DistrictName);

    public DeliveryFigures Figures(Func<SessionFact, bool> include)
    {
        var sessions = Sessions.Where(include).ToList();
        var attended = sessions.SelectMany(s => AttendanceBySession[s.Id]).ToList();
        var delivered = sessions.Where(s => s.IsDelivered).ToList();
        var upcoming = sessions.Where(s => s.Status is not (SessionStatus.Delivered or SessionStatus.Closed or SessionStatus.Cancelled)).ToList();
        // People at partners' trainings are counts, not persons: they add to the figures and cannot be told apart.
        var counted = delivered.Where(s => s.IsPartners).SelectMany(s => s.Headcounts).ToList();
        var bySector = attended.GroupBy(a => a.SectorCode ?? "").ToDictionary(g => g.Key, g => g.Select(a => a.ParticipantId).Distinct().Count());
        foreach (var (sector, count) in counted)
            bySector[sector] = bySector.GetValueOrDefault(sector) + count;
        return new DeliveryFigures(
            Planned: sessions.Count(s => s.Status != SessionStatus.Cancelled),
            Delivered: delivered.Count,
            Upcoming: upcoming.Count,
            Participations: attended.Count + counted.Sum(c => c.Value),
            Persons: attended.Select(a => a.ParticipantId).Distinct().Count() + counted.Sum(c => c.Value),
            Institutions: attended.Where(a => a.OrganisationId is not null).Select(a => a.OrganisationId).Distinct().Count(),
            Hours: delivered.Sum(s => s.Minutes) / 60m,
            UpcomingHours: upcoming.Sum(s => s.Minutes) / 60m,
            UpcomingConfirmed: upcoming.Sum(s => s.Confirmed),
            Certificates: sessions.Sum(s => s.Certificates),
            BudgetPlanned: Money.Where(m => m.SessionId is int id && sessions.Any(s => s.Id == id)).Sum(m => m.Planned),
            BudgetActual: Money.Where(m => m.SessionId is int id && sessions.Any(s => s.Id == id)).Sum(m => m.Actual),
            DeliveredBySector: code => delivered.Count(s => s.Serves(code)),
            PlannedBySector: code => sessions.Count(s => s.Status != SessionStatus.Cancelled && s.Serves(code)),
            PersonsBySector: bySector)
        {
            PartnersTrainings = delivered.Count(s => s.IsPartners),
            PersonsByDistrict = attended.Where(a => a.DistrictId is int id && DistrictNames.ContainsKey(id))
                .GroupBy(a => DistrictNames[a.DistrictId!.Value])
                .ToDictionary(g => g.Key, g => g.Select(a => a.ParticipantId).Distinct().Count()),
        };
    }
}

public sealed record DeliveryFigures(int Planned, int Delivered, int Upcoming, int Participations, int Persons, int Institutions, decimal Hours,
    decimal UpcomingHours, int UpcomingConfirmed, int Certificates, decimal BudgetPlanned, decimal BudgetActual, Func<string, int> DeliveredBySector, Func<string, int> PlannedBySector,
    IReadOnlyDictionary<string, int> PersonsBySector)
{
    /// <summary>How many of the delivered sessions were partners' trainings (their people are counts per sector).</summary>
    public int PartnersTrainings { get; init; }

    /// <summary>Distinct people by the district of their institution, by the district's name.</summary>
    public IReadOnlyDictionary<string, int> PersonsByDistrict { get; init; } = new Dictionary<string, int>();
}

public sealed record TargetProgress(ActivityTarget Target, decimal? Actual, decimal? Percent, FulfilmentStatus Status);

public sealed record ActivityFulfilment(PlanActivity Activity, DeliveryFigures Figures, IReadOnlyList<TargetProgress> Targets, FulfilmentStatus Status)
{
    /// <summary>Money planned for and spent on the activity, its sessions' lines and its own, in dinars.</summary>
    public (decimal Planned, decimal Spent) Cost { get; init; }

    /// <summary>Each task's rating against its due quarter, by task id.</summary>
    public IReadOnlyDictionary<int, FulfilmentStatus> Tasks { get; init; } = new Dictionary<int, FulfilmentStatus>();

    /// <summary>Training figures are shown for an activity that holds trainings, is a training by kind, or is measured by targets.</summary>
    public bool HasTrainings => Figures.Planned > 0 || Activity.Kind == ActivityKind.Training || Targets.Count > 0;

    /// <summary>The Centre's own development and supervision in the plan's year, for the activities measured by them.</summary>
    public StaffYear? Staff { get; init; }
}

public sealed record PlanFulfilment(AnnualPlan Plan, IReadOnlyDictionary<int, ActivityFulfilment> Activities, DeliveryFigures Totals, decimal ExpectedShare)
{
    public int Count(FulfilmentStatus status) => Activities.Values.Count(a => a.Status == status);
}
