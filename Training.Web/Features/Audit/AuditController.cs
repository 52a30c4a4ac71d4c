using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Training.Infrastructure.Identity;

namespace Training.Web.Features.Audit;

/// <summary>The audit log, for administrators to search; nobody can change it.</summary>
[Authorize(Roles = Roles.Administrator), Route("audit")]
public sealed class AuditController(AuditService audit) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] AuditFilter filter, int? page) =>
        View(new AuditPage(filter, await audit.SearchAsync(filter, page), await audit.ActionsAsync()));
}
