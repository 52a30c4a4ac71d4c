using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Training.Domain.Sessions;
using Training.Infrastructure.Documents;
using Training.Infrastructure.Identity;
using Training.Infrastructure.Localisation;
using Training.Web.Features.Sessions;
using Training.Web.Shared;

namespace Training.Web.Features.Attendance;

/// <summary>The coordinator records who came: the grid, walk-ins, check-in by code, and printable sign-in sheets.</summary>
[Authorize(Roles = Roles.Planners), Route("sessions/{id:int}")]
public sealed class AttendanceController(SessionService sessions, AttendanceService attendance, Audit.AuditService audit, TextCatalog text) : Controller
{
    private string By => User.Identity?.Name ?? "?";

    [HttpGet("attendance")]
    public async Task<IActionResult> Index(int id)
    {
        var session = await sessions.FindAsync(id);
        return session is null ? NotFound() : View(new AttendancePage(await attendance.SheetAsync(session), new WalkInForm { DayId = attendance.Today(session)?.Id }));
    }

    [HttpPost("attendance")]
    public async Task<IActionResult> Save(int id, List<MarkInput> marks)
    {
        var session = await sessions.FindAsync(id);
        if (session is null)
            return NotFound();
        var (done, changed) = await ModelState.TrySaveAsync(text, () => attendance.SaveAsync(session, marks, By));
        if (!done)
            return View("Index", new AttendancePage(await attendance.SheetAsync(await sessions.ReloadAsync(id) ?? session), new WalkInForm(), marks));
        TempData["Status"] = text["Attendance.Saved", changed];
        return RedirectToAction(nameof(Index), new { id });
    }

    [HttpPost("attendance/all-present")]
    public async Task<IActionResult> AllPresent(int id, int dayId)
    {
        var session = await sessions.FindAsync(id);
        if (session is null)
            return NotFound();
        var (done, marked) = await ModelState.TrySaveAsync(text, () => attendance.MarkAllPresentAsync(session, dayId, By));
        TempData[done ? "Status" : "Error"] = done ? text["Attendance.AllMarked", marked] : ModelState.ErrorText();
        return RedirectToAction(nameof(Index), new { id });
    }

    [HttpPost("attendance/walk-in")]
    public async Task<IActionResult> WalkIn(int id, [Bind(Prefix = "WalkIn")] WalkInForm form)
    {
        var session = await sessions.FindAsync(id);
        if (session is null)
            return NotFound();
        var (done, person) = await ModelState.TrySaveAsync(text, () => attendance.AddWalkInAsync(session, form, By), "WalkIn");
        if (!done)
            return View("Index", new AttendancePage(await attendance.SheetAsync(await sessions.ReloadAsync(id) ?? session), form));
        TempData["Status"] = text["Attendance.WalkInAdded", person!.FullName];
        return RedirectToAction(nameof(Index), new { id });
    }

    [HttpGet("check-in")]
    public async Task<IActionResult> CheckIn(int id)
    {
        var session = await sessions.FindAsync(id);
        return session is null ? NotFound() : View(await CheckInPageAsync(session, null, null));
    }

    [HttpPost("check-in")]
    public async Task<IActionResult> CheckIn(int id, string? code)
    {
        var session = await sessions.FindAsync(id);
        if (session is null)
            return NotFound();
        var (done, name) = await ModelState.TrySaveAsync(text, () => attendance.CheckInAsync(session, code, By));
        return View(await CheckInPageAsync(session, done ? null : code, done ? name : null));
    }

    [HttpGet("days/{dayId:int}/sign-in-sheet.pdf")]
    public async Task<IActionResult> SignInSheet(int id, int dayId)
    {
        var session = await sessions.FindAsync(id);
        var day = session?.Days.FirstOrDefault(d => d.Id == dayId);
        if (session is null || day is null)
            return NotFound();
        await audit.RecordAsync("PersonalData.Exported", "TrainingSession", id, $"file=sign-in-sheet.pdf; day={dayId}");
        var sheet = await attendance.SheetAsync(session);
        var place = session.Venue is { } v ? $"{v.Name}, {v.Address}, {v.Municipality.Name}" : session.IsOnline ? text["Session.Online"] : "—";
        var trainers = string.Join(", ", session.Trainers.Select(t => t.Trainer.FullName));
        var pdf = SignInSheetDocument.Render(new SignInSheet(session.Title, day.Date, day.Start, day.End, place, trainers, session.Language,
            sheet.People.Select(p => (p.FullName, p.Institution ?? "")).ToList()), text);
        return File(pdf, "application/pdf", $"sign-in-{session.Id}-{day.Date:yyyy-MM-dd}.pdf");
    }

    private async Task<CheckInPage> CheckInPageAsync(TrainingSession session, string? code, string? marked)
    {
        var today = attendance.Today(session);
        var sheet = await attendance.SheetAsync(session);
        var present = today is null ? 0 : sheet.People.Count(p => p.Marks.TryGetValue(today.Id, out var r) && r.Hours > 0);
        return new CheckInPage(session, today, code, marked, present, sheet.People.Count);
    }
}
