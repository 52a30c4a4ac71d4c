using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Training.Domain.Materials;
using Training.Domain.Programmes;
using Training.Infrastructure.Files;
using Training.Infrastructure.Identity;
using Training.Infrastructure.Localisation;
using Training.Infrastructure.Persistence;
using Training.Web.Shared;
using Training.Web.Startup;

namespace Training.Web.Features.Materials;

/// <summary>
/// Materials of sessions and programmes for the Centre's people (planners upload, everyone who reads
/// sessions downloads), and the preparation checklist.
/// </summary>
[Authorize(Roles = Roles.Readers)]
public sealed class MaterialsController(MaterialService materials, TrainingDbContext db, TextCatalog text) : Controller
{
    private const long RequestLimit = UploadInspector.MaxBytes + 1024 * 1024;

    private bool CanEdit => User.IsInRole(Roles.Administrator) || User.IsInRole(Roles.Coordinator);

    private string By => User.Identity?.Name ?? "?";

    [HttpGet("sessions/{id:int}/materials")]
    public async Task<IActionResult> Session(int id)
    {
        var session = await materials.SessionAsync(id);
        return session is null ? NotFound() : View(await materials.SessionPageAsync(session, new MaterialForm(), CanEdit));
    }

    [Authorize(Roles = Roles.Planners), HttpPost("sessions/{id:int}/materials"), RequestSizeLimit(RequestLimit)]
    public async Task<IActionResult> UploadForSession(int id, [Bind(Prefix = "Form")] MaterialForm form)
    {
        var session = await materials.SessionAsync(id);
        if (session is null)
            return NotFound();
        var (done, _) = await ModelState.TrySaveAsync(text, () => materials.UploadAsync(() => Material.ForSession(id), null, form, By), "Form");
        if (!done)
            return View("Session", await materials.SessionPageAsync(session, form, CanEdit));
        TempData["Status"] = text["Materials.Uploaded"];
        return RedirectToAction(nameof(Session), new { id });
    }

    [HttpGet("programmes/{id:int}/materials")]
    public async Task<IActionResult> Programme(int id)
    {
        var programme = await db.Programmes.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id);
        return programme is null ? NotFound() : View(new ProgrammeMaterialsPage(programme, await materials.OfProgrammeAsync(id), new MaterialForm(), CanEdit));
    }

    [Authorize(Roles = Roles.Planners), HttpPost("programmes/{id:int}/materials"), RequestSizeLimit(RequestLimit)]
    public async Task<IActionResult> UploadForProgramme(int id, [Bind(Prefix = "Form")] MaterialForm form)
    {
        var programme = await db.Programmes.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id);
        if (programme is null)
            return NotFound();
        var (done, _) = await ModelState.TrySaveAsync(text, () => materials.UploadAsync(() => Material.ForProgramme(id), null, form, By), "Form");
        if (!done)
            return View("Programme", new ProgrammeMaterialsPage(programme, await materials.OfProgrammeAsync(id), form, CanEdit));
        TempData["Status"] = text["Materials.Uploaded"];
        return RedirectToAction(nameof(Programme), new { id });
    }

    /// <summary>A new version of a material: the old ones stay, the new one is handed out.</summary>
    [Authorize(Roles = Roles.Planners), HttpPost("materials/{id:int}/versions"), RequestSizeLimit(RequestLimit)]
    public async Task<IActionResult> NewVersion(int id, IFormFile? file)
    {
        var material = await materials.FindAsync(id);
        if (material is null)
            return NotFound();
        var (done, _) = await ModelState.TrySaveAsync(text, () => materials.UploadAsync(() => material, material, new MaterialForm { File = file }, By));
        TempData[done ? "Status" : "Error"] = done ? text["Materials.VersionAdded"] : ModelState.ErrorText();
        return BackTo(material);
    }

    [Authorize(Roles = Roles.Planners), HttpPost("materials/{id:int}/visibility")]
    public async Task<IActionResult> Visibility(int id, MaterialVisibility visibility)
    {
        var material = await materials.FindAsync(id);
        if (material is null)
            return NotFound();
        await materials.DescribeAsync(material, new MaterialForm { Title = material.Title, Kind = material.Kind, Language = material.Language, Visibility = visibility });
        TempData["Status"] = text["Materials.Saved"];
        return BackTo(material);
    }

    [HttpGet("materials/versions/{versionId:int}")]
    public async Task<IActionResult> Download(int versionId)
    {
        var version = await db.MaterialVersions.AsNoTracking().FirstOrDefaultAsync(v => v.Id == versionId);
        return version is null ? NotFound() : File(materials.Open(version).Content, "application/octet-stream", version.FileName);
    }

    [Authorize(Roles = Roles.Planners), HttpPost("sessions/{id:int}/checklist")]
    public async Task<IActionResult> Tick(int id, PreparationItem item, bool done)
    {
        var session = await materials.SessionAsync(id);
        if (session is null)
            return NotFound();
        await materials.TickAsync(session, item, done, By);
        return RedirectToAction(nameof(Session), new { id });
    }

    private RedirectToActionResult BackTo(Material material) =>
        material.SessionId is int session ? RedirectToAction(nameof(Session), new { id = session }) : RedirectToAction(nameof(Programme), new { id = material.ProgrammeId });
}

/// <summary>
/// Materials for people without an account: the follow-up link from the email after a session, and
/// public materials. Served as downloads only, never shown inline.
/// </summary>
[AllowAnonymous, EnableRateLimiting(RateLimits.Public), CountsMisses(RateLimits.TokenMisses), Route("materials")]
public sealed class SharedMaterialsController(MaterialService materials) : Controller
{
    [HttpGet("for/{token}"), TokenPage]
    public async Task<IActionResult> FollowUp(string token)
    {
        var shared = await SharedAsync(token);
        return shared is null ? NotFound() : View(shared);
    }

    [HttpGet("for/{token}/{materialId:int}"), TokenPage]
    public async Task<IActionResult> FollowUpFile(string token, int materialId)
    {
        var material = (await SharedAsync(token))?.Materials.FirstOrDefault(m => m.Id == materialId);
        return Current(material);
    }

    [HttpGet("{id:int}/public")]
    public async Task<IActionResult> Public(int id)
    {
        var material = await materials.FindAsync(id);
        return Current(material?.Visibility == MaterialVisibility.Public ? material : null);
    }

    private async Task<SharedMaterials?> SharedAsync(string token)
    {
        if (materials.ReadFollowUpToken(token) is not var (sessionId, participantId))
            return null;
        var session = await materials.SessionAsync(sessionId);
        return session is null ? null : new SharedMaterials(session, await materials.SharedWithAsync(participantId, session), $"/materials/for/{token}");
    }

    private IActionResult Current(Material? material) =>
        material?.Current is { } version ? File(materials.Open(version).Content, "application/octet-stream", version.FileName) : NotFound();
}

public sealed record ProgrammeMaterialsPage(TrainingProgramme Programme, IReadOnlyList<Material> Materials, MaterialForm Form, bool CanEdit);
