using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Training.Infrastructure.Identity;
using Training.Infrastructure.Localisation;
using Training.Web.Features.StaffDevelopment;

namespace Training.Web.Features.Privacy;

public sealed class PrivacyController(PersonalDataService personalData, IOptions<RetentionOptions> retention, IOptions<PrivacyOptions> privacy,
    IOptions<StaffDevelopmentOptions> licence, TextCatalog text) : Controller
{
    /// <summary>The privacy notice: public, linked from every form that collects personal data.</summary>
    [AllowAnonymous, HttpGet("privacy")]
    public IActionResult Notice() => View("Notice", new PrivacyNotice(privacy.Value, retention.Value, licence.Value.LicenceYears));

    [Authorize(Roles = Roles.Administrator), HttpGet("participants/{id:int}/personal-data.json")]
    public async Task<IActionResult> Json(int id) =>
        await personalData.JsonAsync(id) is { } json ? File(json, "application/json", $"licni-podaci-{id}.json") : NotFound();

    [Authorize(Roles = Roles.Administrator), HttpGet("participants/{id:int}/personal-data.pdf")]
    public async Task<IActionResult> Pdf(int id) =>
        await personalData.PdfAsync(id) is { } pdf ? File(pdf, "application/pdf", $"licni-podaci-{id}.pdf") : NotFound();

    [Authorize(Roles = Roles.Administrator), HttpPost("participants/{id:int}/erase")]
    public async Task<IActionResult> Erase(int id)
    {
        if (!await personalData.EraseAsync(id))
            return NotFound();
        TempData["Status"] = text["PersonalData.ErasedDone"];
        return RedirectToAction("Details", "Participants", new { id });
    }
}
