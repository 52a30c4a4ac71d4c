using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Training.Domain.Common;
using Training.Infrastructure.Identity;
using Training.Infrastructure.Localisation;
using Training.Web.Shared;

namespace Training.Web.Features.Budgets;

/// <summary>Funding sources and what each makes available per year.</summary>
[Authorize(Roles = Roles.Readers), Route("funding")]
public sealed class FundingController(BudgetService budgets, TextCatalog text, TimeProvider clock) : Controller
{
    private bool CanEdit => User.IsInRole(Roles.Administrator) || User.IsInRole(Roles.Coordinator);

    [HttpGet("")]
    public async Task<IActionResult> Index(int? edit)
    {
        var sources = await budgets.SourcesAsync();
        var editing = edit is int id ? sources.FirstOrDefault(s => s.Id == id) : null;
        var year = Belgrade.Today(clock).Year;
        var form = editing is null ? new FundingForm { Year = year } : new FundingForm
        {
            Name = editing.Name, Kind = editing.Kind, ProjectCode = editing.ProjectCode, Donor = editing.Donor, StartsOn = editing.StartsOn, EndsOn = editing.EndsOn,
            Year = year, Amount = editing.AvailableIn(year) is var a && a > 0 ? a : null,
        };
        return View(new FundingPage(sources, form, editing?.Id, CanEdit));
    }

    [Authorize(Roles = Roles.Planners), HttpPost("")]
    public async Task<IActionResult> Save(int? id, [Bind(Prefix = "Form")] FundingForm form)
    {
        var (done, _) = await ModelState.TrySaveAsync(text, () => budgets.SaveSourceAsync(id, form), "Form");
        if (!done)
            return View("Index", new FundingPage(await budgets.SourcesAsync(), form, id, CanEdit));
        TempData["Status"] = text["Funding.Saved"];
        return RedirectToAction(nameof(Index));
    }
}
