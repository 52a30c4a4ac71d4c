using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Training.Web.Startup;

/// <summary>
/// Counts the failures of an action towards its purpose's limit (<see cref="MissCounters"/>): a 404 (a token or code
/// that matched nothing), or, with <see cref="InvalidFormIsMiss"/>, a posted form sent back with errors (a failed
/// sign-in). A client with no misses left gets 429 for that purpose without the action running.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class CountsMissesAttribute(string purpose) : Attribute, IAsyncActionFilter
{
    public string Purpose { get; } = purpose;

    public bool InvalidFormIsMiss { get; init; }

    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var counters = context.HttpContext.RequestServices.GetRequiredService<MissCounters>();
        var client = RateLimits.ClientOf(context.HttpContext);
        if (counters.IsBlocked(Purpose, client))
        {
            context.Result = new EmptyResult();
            await RateLimits.RefuseAsync(context.HttpContext, counters.Window, context.HttpContext.RequestAborted);
            return;
        }
        var executed = await next();
        var missed = executed.Result is NotFoundResult or NotFoundObjectResult
                     || (InvalidFormIsMiss && HttpMethods.IsPost(context.HttpContext.Request.Method) && !context.ModelState.IsValid);
        if (missed)
            counters.CountMiss(Purpose, client);
    }
}
