using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Training.Domain.Attendance;
using Training.Domain.Common;
using Training.Domain.Planning;
using Training.Domain.Sessions;
using Training.Infrastructure.Localisation;
using Training.Infrastructure.Persistence;
using Training.Web.Features.Plans;
using Training.Web.Shared;

namespace Training.Web.Features.Dashboard;

/// <summary>
/// The management dashboard for a year: headline figures, charts by month, sector and district, and
/// the plan's activities rated, all from one delivery load (a fixed, small number of SQL commands);
/// and the coverage gaps: institutions and municipalities nobody from has been trained lately.
/// </summary>
public sealed class DashboardService(TrainingDbContext db, FulfilmentService fulfilment, TextCatalog text, LinkGenerator links)
{
    public async Task<DashboardPage> PageAsync(int year)
    {
        var plan = await fulfilment.PlanOutlineAsync(year);
        var activityIds = plan?.Goals.SelectMany(g => g.Activities).Select(a => a.Id).ToList() ?? [];
        // Every session held in the year; the plan's activities are rated from the same sessions as the plan page rates them.
        var delivery = await fulfilment.DeliveryAsync(year);
        var inYear = delivery.Sessions.ToDictionary(s => s.Id);
        var totals = delivery.Figures(_ => true);
        var attended = inYear.Keys.SelectMany(id => delivery.AttendanceBySession[id]).ToList();

        var culture = CultureInfo.CurrentCulture;
        int MonthOf(int sessionId) => Belgrade.ToLocal(inYear[sessionId].StartsAtUtc).Month;
        var sessionsByMonth = Enumerable.Range(1, 12).Select(m => new Bar(Display.Name(culture.DateTimeFormat.GetMonthName(m)),
            inYear.Values.Count(s => s.IsDelivered && Belgrade.ToLocal(s.StartsAtUtc).Month == m), links.GetPathByAction("Index", "Sessions", new { year, held = "true" }))).ToList();
        var attendedByMonth = attended.ToLookup(a => MonthOf(a.SessionId));
        var peopleByMonth = Enumerable.Range(1, 12).Select(m => new Bar(Display.Name(culture.DateTimeFormat.GetMonthName(m)),
            attendedByMonth[m].Select(a => a.ParticipantId).Distinct().Count(), links.GetPathByAction("People", "Dashboard", new { year, month = m }))).ToList();
        var bySector = attended.GroupBy(a => a.SectorCode ?? "")
            .Select(g => new Bar(g.Key.Length == 0 ? text["Fulfilment.NoSector"] : text["Sector." + g.Key], g.Select(a => a.ParticipantId).Distinct().Count(),
                g.Key.Length == 0 ? null : links.GetPathByAction("People", "Dashboard", new { year, sector = g.Key })))
            .OrderByDescending(b => b.Value).ToList();
        var districts = delivery.Organisations.Values.DistinctBy(o => o.DistrictId).ToDictionary(o => o.DistrictId, o => o.DistrictName);
        var byDistrict = attended.Where(a => a.DistrictId is not null).GroupBy(a => a.DistrictId!.Value)
            .Select(g => new Bar(Display.Name(districts[g.Key]), g.Select(a => a.ParticipantId).Distinct().Count(), links.GetPathByAction("People", "Dashboard", new { year, district = g.Key })))
            .OrderByDescending(b => b.Value).ToList();
        var ownLines = delivery.Money.Where(m => m.ActivityId is int id && activityIds.Contains(id)).ToList();
        return new DashboardPage(year, await YearsAsync(year), totals, totals.BudgetActual + ownLines.Sum(m => m.Actual), totals.BudgetPlanned + ownLines.Sum(m => m.Planned), sessionsByMonth, peopleByMonth, bySector, byDistrict,
            plan is null ? null : fulfilment.Rate(plan, delivery, await fulfilment.StaffYearAsync(plan)));
    }

    /// <summary>Years with sessions or a plan, and the one asked for, newest first.</summary>
    private async Task<IReadOnlyList<int>> YearsAsync(int year)
    {
        var years = await db.AnnualPlans.Select(p => p.Year)
            .Union(db.Sessions.Select(PlanYear.Of))
            .ToListAsync();
        return years.Append(year).Append(fulfilment.Today.Year).Distinct().OrderDescending().ToList();
    }

    /// <summary>The people trained in a year, optionally of one sector, district or month: the drill-down of the dashboard's charts.</summary>
    public async Task<PeoplePage> PeopleAsync(PeopleFilter filter)
    {
        var sessions = db.Sessions.Where(PlanYear.HeldIn(filter.Year)).Where(s => s.Status != SessionStatus.Cancelled);
        if (filter.Month is >= 1 and <= 12)
        {
            var from = Belgrade.ToUtc(new DateOnly(filter.Year, filter.Month.Value, 1), TimeOnly.MinValue);
            var to = Belgrade.ToUtc(new DateOnly(filter.Year, filter.Month.Value, 1).AddMonths(1), TimeOnly.MinValue);
            sessions = sessions.Where(s => s.StartsAtUtc >= from && s.StartsAtUtc < to);
        }
        var people =
            from p in db.Participants
            join o in db.Organisations on p.OrganisationId equals o.Id into orgs
            from o in orgs.DefaultIfEmpty()
            let attended = db.Attendance.Where(a => a.ParticipantId == p.Id && a.Mark != AttendanceMark.Absent && sessions.Any(s => s.Id == a.SessionId)).Select(a => a.SessionId).Distinct().Count()
            where attended > 0
                  && (filter.Sector == null || (o != null && o.Sector.Code == filter.Sector))
                  && (filter.District == null || (o != null && o.Municipality.DistrictId == filter.District))
            orderby p.FullName
            select new PersonRow(p.Id, p.FullName, o != null ? o.Name : p.OrganisationName, o != null ? o.Sector.Code : null, o != null ? o.Municipality.District.Name : null, attended);
        var district = filter.District is null ? null : await db.Districts.Where(d => d.Id == filter.District).Select(d => d.Name).FirstOrDefaultAsync();
        return new PeoplePage(filter, district, await people.ToPageAsync(filter.Page));
    }

    /// <summary>Institutions and municipalities with nobody trained in the last <see cref="CoverageFilter.Years"/> years.</summary>
    public async Task<CoveragePage> CoverageAsync(CoverageFilter filter)
    {
        filter.Years = Math.Clamp(filter.Years, 1, 20);
        var since = fulfilment.Today.AddYears(-filter.Years);
        var sinceUtc = Belgrade.ToUtc(since, TimeOnly.MinValue);
        var reached =
            from a in db.Attendance
            join s in db.Sessions on a.SessionId equals s.Id
            join p in db.Participants on a.ParticipantId equals p.Id
            where a.Mark != AttendanceMark.Absent && s.StartsAtUtc >= sinceUtc && s.Status != SessionStatus.Cancelled && p.OrganisationId != null
            select p.OrganisationId!.Value;
        var institutions = db.Organisations.AsNoTracking().Where(o => o.IsActive);
        if (!string.IsNullOrWhiteSpace(filter.Sector))
            institutions = institutions.Where(o => o.Sector.Code == filter.Sector);

        var byDistrict = await institutions
            .GroupBy(o => new { o.Municipality.DistrictId, o.Municipality.District.Name })
            .Select(g => new { g.Key.DistrictId, g.Key.Name, Institutions = g.Count(), Reached = g.Count(o => reached.Contains(o.Id)) })
            .ToListAsync();
        // A municipality is reached when anyone came from an institution serving it: the one it sits in, or one
        // serving several municipalities (a social work centre for three of them counts for each).
        var reachedIds = (await reached.Distinct().ToListAsync()).ToHashSet();
        var serving = await institutions.Select(o => new { o.Id, o.MunicipalityId })
            .Concat(institutions.SelectMany(o => o.AlsoServes, (o, s) => new { o.Id, s.MunicipalityId }))
            .ToListAsync();
        var unreachedIds = serving.GroupBy(s => s.MunicipalityId).Where(g => !g.Any(s => reachedIds.Contains(s.Id))).Select(g => g.Key).ToList();
        var municipalities = await db.Municipalities.Where(m => unreachedIds.Contains(m.Id)).Select(m => new { m.DistrictId, m.Name }).ToListAsync();
        var districts = byDistrict.OrderBy(d => d.Name, StringComparer.Create(CultureInfo.GetCultureInfo("sr-Cyrl-RS"), false))
            .Select(d => new DistrictCoverage(d.DistrictId, d.Name, d.Institutions, d.Reached,
                municipalities.Where(m => m.DistrictId == d.DistrictId).Select(m => m.Name).Order().ToList()))
            .ToList();

        var uncovered = institutions.Where(o => !reached.Contains(o.Id));
        if (filter.District is not null)
            uncovered = uncovered.Where(o => o.Municipality.DistrictId == filter.District);
        var page = await uncovered
            .OrderBy(o => o.Municipality.District.Name).ThenBy(o => o.Name)
            .Select(o => new UncoveredInstitution(o.Id, o.Name, o.Municipality.Name, o.Municipality.District.Name, o.Sector.Code,
                (from a in db.Attendance
                 join s in db.Sessions on a.SessionId equals s.Id
                 join p in db.Participants on a.ParticipantId equals p.Id
                 where p.OrganisationId == o.Id && a.Mark != AttendanceMark.Absent
                 select (DateTime?)s.StartsAtUtc).Max()))
            .ToPageAsync(filter.Page);
        var sectors = await db.Sectors.OrderBy(s => s.SortOrder).Select(s => s.Code).ToListAsync();
        var choices = await db.Districts.OrderBy(d => d.Name).Select(d => new Choice(d.Id, d.Name)).ToListAsync();
        return new CoveragePage(filter, since, districts, page, sectors, choices);
    }
}
