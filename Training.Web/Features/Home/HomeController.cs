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
        var code = status ?? (HttpContext.Features.Get<IExceptionHandlerFeature>() is null ? 404 : 500);
        Response.StatusCode = code;
        return View(code);
    }
}
