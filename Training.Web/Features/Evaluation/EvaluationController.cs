using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Training.Infrastructure.Identity;
using Training.Infrastructure.Localisation;
using Training.Web.Features.Sessions;
using Training.Web.Shared;
using Training.Web.Startup;

namespace Training.Web.Features.Evaluation;

/// <summary>Participants answer through their sealed link (<c>/e/{token}</c>), without an account. GET only shows.</summary>
[AllowAnonymous, TokenPage, EnableRateLimiting(RateLimits.Public), CountsMisses(RateLimits.TokenMisses), Route("e/{token}")]
public sealed class EvaluationController(EvaluationService evaluation, TextCatalog text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Show(string token)
    {
        var target = await evaluation.ResolveAsync(token);
        return target is null ? NotFound() : View("Form", await evaluation.FormAsync(token, target));
    }

    [HttpPost("")]
    public async Task<IActionResult> Submit(string token)
    {
        var target = await evaluation.ResolveAsync(token);
        if (target is null)
            return NotFound();
        var values = Request.Form.Where(f => f.Key.StartsWith('i')).ToDictionary(f => f.Key, f => f.Value.ToString());
        var (done, missing) = await ModelState.TrySaveAsync(text, () => evaluation.SubmitAsync(target, values));
        if (done && missing!.Count == 0)
        {
            TempData["Status"] = text["Evaluation.Thanks"];
            return Redirect($"/e/{token}");
        }
        foreach (var key in missing ?? [])
            ModelState.AddModelError(key, text["Evaluation.Required"]);
        return View("Form", await evaluation.FormAsync(token, target, values));
    }
}

/// <summary>A session's evaluation results for the Centre.</summary>
[Authorize(Roles = Roles.Readers)]
public sealed class EvaluationResultsController(EvaluationService evaluation, SessionService sessions) : Controller
{
    [HttpGet("sessions/{id:int}/evaluation")]
    public async Task<IActionResult> Session(int id)
    {
        var session = await sessions.FindAsync(id);
        return session is null ? NotFound() : View("Results", await evaluation.ResultsAsync(session));
    }
}
