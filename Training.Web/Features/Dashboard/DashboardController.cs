using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Training.Domain.Common;
using Training.Infrastructure.Identity;

namespace Training.Web.Features.Dashboard;

/// <summary>What management looks at: the year's delivery against the plan, and where nobody has been trained.</summary>
[Authorize(Roles = Roles.Readers), Route("dashboard")]
public sealed class DashboardController(DashboardService dashboard) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? year, [FromServices] TimeProvider clock)
    {
        var shown = year is >= 2000 and <= 2100 ? year.Value : Belgrade.Today(clock).Year;
        return View(await dashboard.PageAsync(shown));
    }

    [HttpGet("people")]
    public async Task<IActionResult> People([FromQuery] PeopleFilter filter) =>
        filter.Year is < 2000 or > 2100 ? NotFound() : View(await dashboard.PeopleAsync(filter));

    [HttpGet("coverage")]
    public async Task<IActionResult> Coverage([FromQuery] CoverageFilter filter) => View(await dashboard.CoverageAsync(filter));
}
