using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Training.Domain.Planning;
using Training.Infrastructure.Documents;
using Training.Infrastructure.Identity;
using Training.Infrastructure.Localisation;
using Training.Infrastructure.Persistence;

namespace Training.Web.Features.Plans;

/// <summary>The annual work plans as the Centre writes them, on screen and as a PDF.</summary>
[Authorize(Roles = Roles.Readers), Route("plans")]
public sealed class PlansController(TrainingDbContext db, TextCatalog text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var plans = await db.AnnualPlans.AsNoTracking().OrderByDescending(p => p.Year)
            .Select(p => new PlanRow(p.Year, p.Title, p.Status)).ToListAsync();
        return View(plans);
    }

    [HttpGet("{year:int}")]
    public async Task<IActionResult> Show(int year)
    {
        var plan = await LoadAsync(year);
        return plan is null ? NotFound() : View(plan);
    }

    [HttpGet("{year:int}/pdf")]
    public async Task<IActionResult> Pdf(int year)
    {
        var plan = await LoadAsync(year);
        if (plan is null)
            return NotFound();
        return File(WorkPlanDocument.Render(plan, text), "application/pdf", $"plan-rada-{year}.pdf");
    }

    private Task<AnnualPlan?> LoadAsync(int year) =>
        // Tracked, so each specific goal is fixed up to its general goal.
        db.AnnualPlans.AsSplitQuery()
            .Include(p => p.Goals).ThenInclude(g => g.Activities).ThenInclude(a => a.Tasks)
            .Include(p => p.Goals).ThenInclude(g => g.Activities).ThenInclude(a => a.Targets)
            .Include(p => p.Goals).ThenInclude(g => g.Outcomes)
            .FirstOrDefaultAsync(p => p.Year == year);
}

public sealed record PlanRow(int Year, string Title, PlanStatus Status);
