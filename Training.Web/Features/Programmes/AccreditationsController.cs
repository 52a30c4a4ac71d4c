using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Training.Infrastructure.Identity;
using Training.Infrastructure.Localisation;
using Training.Web.Shared;

namespace Training.Web.Features.Programmes;

/// <summary>The coordinator keeps a programme's accreditations (body, number, points, validity, audience).</summary>
[Authorize(Roles = Roles.Planners), Route("programmes/{id:int}/accreditations")]
public sealed class AccreditationsController(AccreditationService accreditations, AccreditationRecordService records, TextCatalog text) : Controller
{
    private const string EditorView = "/Features/Programmes/Accreditation.cshtml";

    [HttpGet("new")]
    public Task<IActionResult> Create(int id) => Show(id, null);

    [HttpPost("new")]
    public Task<IActionResult> Create(int id, AccreditationForm form) => Save(id, null, form);

    [HttpGet("{accreditationId:int}/edit")]
    public Task<IActionResult> Edit(int id, int accreditationId) => Show(id, accreditationId);

    [HttpPost("{accreditationId:int}/edit")]
    public Task<IActionResult> Edit(int id, int accreditationId, AccreditationForm form) => Save(id, accreditationId, form);

    [HttpPost("{accreditationId:int}/withdraw")]
    public async Task<IActionResult> Withdraw(int id, int accreditationId)
    {
        if (!await accreditations.WithdrawAsync(id, accreditationId))
            return NotFound();
        TempData["Status"] = text["Accreditation.Withdrawn"];
        return RedirectToAction("Details", "Programmes", new { id });
    }

    /// <summary>The record for the accrediting body of one year's deliveries: xlsx, csv or pdf.</summary>
    [HttpGet("{accreditationId:int}/record/{year:int}.{format}")]
    public async Task<IActionResult> Record(int id, int accreditationId, int year, string format)
    {
        var name = $"{text["AccreditationRecord.FileName"]}-{year}";
        return format switch
        {
            "xlsx" => await records.XlsxAsync(id, accreditationId, year) is { } x ? File(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx") : NotFound(),
            "csv" => await records.CsvAsync(id, accreditationId, year) is { } c ? File(c, "text/csv", name + ".csv") : NotFound(),
            "pdf" => await records.PdfAsync(id, accreditationId, year, User.Identity?.Name ?? "") is { } p ? File(p, "application/pdf", name + ".pdf") : NotFound(),
            _ => NotFound(),
        };
    }

    private async Task<IActionResult> Show(int id, int? accreditationId)
    {
        var editor = await accreditations.EditorAsync(id, accreditationId);
        return editor is null ? NotFound() : View(EditorView, editor);
    }

    private async Task<IActionResult> Save(int id, int? accreditationId, AccreditationForm form)
    {
        var (done, found) = await ModelState.TrySaveAsync(text, async () => (bool?)await accreditations.SaveAsync(id, accreditationId, form));
        if (!done)
        {
            var editor = await accreditations.EditorAsync(id, accreditationId, form);
            return editor is null ? NotFound() : View(EditorView, editor);
        }
        if (found != true)
            return NotFound();
        TempData["Status"] = text["Accreditation.Saved"];
        return RedirectToAction("Details", "Programmes", new { id });
    }
}
