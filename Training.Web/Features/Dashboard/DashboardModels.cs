using Training.Web.Features.Plans;
using Training.Web.Shared;

namespace Training.Web.Features.Dashboard;

/// <summary>One bar of a chart: what it counts, how many, and where its drill-down leads.</summary>
public sealed record Bar(string Label, decimal Value, string? Link = null);

public sealed record DashboardPage(int Year, IReadOnlyList<int> Years, DeliveryFigures Totals, decimal BudgetSpent, decimal BudgetPlanned, IReadOnlyList<Bar> SessionsByMonth, IReadOnlyList<Bar> PeopleByMonth,
    IReadOnlyList<Bar> PeopleBySector, IReadOnlyList<Bar> PeopleByDistrict, PlanFulfilment? Plan);

public sealed class CoverageFilter
{
    public int Years { get; set; } = 3;
    public string? Sector { get; set; }
    public int? District { get; set; }
    public int? Page { get; set; }
}

public sealed record UncoveredInstitution(int Id, string Name, string Municipality, string District, string SectorCode, DateTime? LastTrainedUtc);

public sealed record DistrictCoverage(int Id, string Name, int Institutions, int Reached, IReadOnlyList<string> UncoveredMunicipalities)
{
    public int Percent => Institutions == 0 ? 0 : (int)Math.Round(Reached * 100.0 / Institutions);

    /// <summary>A colour step of the grid, 0 (nobody reached) to 4 (all reached).</summary>
    public int Step => Institutions == 0 ? 0 : Reached == Institutions ? 4 : Percent >= 60 ? 3 : Percent >= 30 ? 2 : Reached > 0 ? 1 : 0;
}

public sealed record CoveragePage(CoverageFilter Filter, DateOnly Since, IReadOnlyList<DistrictCoverage> Districts, Page<UncoveredInstitution> Uncovered,
    IReadOnlyList<string> Sectors, IReadOnlyList<Choice> DistrictChoices);

public sealed class PeopleFilter
{
    public int Year { get; set; }
    public string? Sector { get; set; }
    public int? District { get; set; }
    public int? Month { get; set; }
    public int? Page { get; set; }
}

public sealed record PeoplePage(PeopleFilter Filter, string? DistrictName, Page<PersonRow> People);
