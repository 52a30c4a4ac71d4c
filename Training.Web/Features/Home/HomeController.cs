using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Training.Web.Features.Home;

public sealed class HomeController : Controller
{
    [HttpGet("/")]
    public IActionResult Index() => View();

    [AllowAnonymous, Route("/error/{status:int?}")]
    [IgnoreAntiforgeryToken]
    public IActionResult Error(int? status)
    {
        var failure = HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error;
        var code = status ?? (failure is null ? 404 : 500);
        if (Training.Infrastructure.Persistence.DatabaseFaults.IsUnavailable(failure))
        {
            // Not the app's fault and soon over: say so, and when to come back.
            code = StatusCodes.Status503ServiceUnavailable;
            Response.Headers.RetryAfter = "30";
        }
        Response.StatusCode = code;
        return View(code);
    }
}
