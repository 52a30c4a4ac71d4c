using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Training.Infrastructure.Persistence;

namespace Training.Web.Features.Home;

public sealed class HomeController : Controller
{
    [HttpGet("/")]
    public IActionResult Index() => View();

    [AllowAnonymous, Route("/error/{status:int?}")]
    [IgnoreAntiforgeryToken]
    public IActionResult Error([FromRoute] int? status)
    {
        var failure = HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error;
        // Run again for a failed request, the page takes the status from the request; bound from the route only, as the
        // body of a refused upload is not to be read.
        var code = status ?? HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalStatusCode ?? (failure switch
        {
            null => 404,
            // A body over the size limit is the sender's doing (413), not a fault of the app.
            BadHttpRequestException bad => bad.StatusCode,
            InvalidDataException => StatusCodes.Status413PayloadTooLarge,
            _ => 500,
        });
        if (DatabaseFaults.IsUnavailable(failure))
        {
            // Not the app's fault and soon over: say so, and when to come back.
            code = StatusCodes.Status503ServiceUnavailable;
            Response.Headers.RetryAfter = "30";
        }
        Response.StatusCode = code;
        return View(code);
    }
}
