using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Training.Domain.Common;
using Training.Domain.Sessions;
using Training.Infrastructure.Identity;
using Training.Infrastructure.Localisation;
using Training.Web.Shared;

namespace Training.Web.Features.Sessions;

/// <summary>
/// The coordinator's workspace for sessions: list, calendar, detail, create, edit, status, trainers,
/// cancel, copy. Management reads everything; a trainer reads the sessions they teach.
/// </summary>
[Authorize(Roles = Roles.Readers + "," + Roles.Trainer), Route("sessions")]
public sealed class SessionsController(SessionService sessions, Registrations.RegistrationListService registrationLists, TimeProvider clock, TextCatalog text) : Controller
{
    private string? TrainerScope => IsReader ? null : User.FindFirstValue(ClaimTypes.NameIdentifier);

    private bool IsReader => User.IsInRole(Roles.Administrator) || User.IsInRole(Roles.Coordinator) || User.IsInRole(Roles.Management);

    private bool IsPlanner => User.IsInRole(Roles.Administrator) || User.IsInRole(Roles.Coordinator);

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] SessionFilter filter) =>
        View(new SessionListPage(filter, await sessions.ListAsync(filter, TrainerScope), await sessions.FilterChoicesAsync(), await sessions.YearsAsync()));

    [HttpGet("calendar")]
    public async Task<IActionResult> Calendar(string? view, DateOnly? date) =>
        View(await sessions.CalendarAsync(view ?? "month", date ?? Belgrade.Today(clock), TrainerScope));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id)
    {
        var session = await sessions.FindAsync(id);
        if (session is null || !SessionService.CanSee(User, session))
            return NotFound();
        return View(await DetailsOf(session));
    }

    [Authorize(Roles = Roles.Planners), HttpGet("new")]
    public async Task<IActionResult> Create(int? programme) => View("Edit", new SessionEditor(await sessions.NewFormAsync(programme), await sessions.ChoicesAsync()));

    /// <summary>The defaults a new session of the programme starts with, for the form to take when the programme is chosen.</summary>
    [Authorize(Roles = Roles.Planners), HttpGet("new/defaults")]
    public async Task<IActionResult> Defaults(int programme)
    {
        var form = await sessions.NewFormAsync(programme);
        return Json(new Dictionary<string, object?>
        {
            [nameof(form.Capacity)] = form.Capacity,
            [nameof(form.MinParticipants)] = form.MinParticipants,
            [nameof(form.Language)] = form.Language,
            [nameof(form.VenueId)] = form.VenueId,
            [nameof(form.IsOnline)] = form.IsOnline,
            [nameof(form.MeetingLink)] = form.MeetingLink,
            [nameof(form.DayStart)] = form.DayStart?.ToString("HH:mm", CultureInfo.InvariantCulture),
            [nameof(form.DayEnd)] = form.DayEnd?.ToString("HH:mm", CultureInfo.InvariantCulture),
            [nameof(form.TrainerId)] = form.TrainerId,
            [nameof(form.TargetSectors)] = form.TargetSectors,
        });
    }

    /// <summary>
    /// Saves a new session as a draft, or, with "open and invite", saves it, opens it for registration and invites the
    /// pasted list in one go. A list with a bad row sends nothing and saves nothing until the coordinator fixes it or
    /// chooses the valid addresses only.
    /// </summary>
    [Authorize(Roles = Roles.Planners), HttpPost("new")]
    public async Task<IActionResult> Create(SessionForm form)
    {
        if (!form.OpenAndInvite)
        {
            if (!string.IsNullOrWhiteSpace(form.Addresses))
                ModelState.AddModelError(nameof(form.Addresses), text["Session.InviteWhenOpening"]);
            return await Save(null, form);
        }
        form.PadDays();
        var report = Registrations.AddressList.Parse(form.Addresses);
        var refused = report.Any(l => l.ErrorKey is not null);
        if (refused && !form.ValidOnly)
            ModelState.AddModelError(nameof(form.Addresses), text["Invite.FixOrSendValid"]);
        var (done, opened) = await ModelState.TrySaveAsync(text, () => sessions.OpenAndInviteAsync(form));
        if (done)
        {
            TempData["Status"] = text["Session.OpenedAndInvited", opened.Invited];
            return RedirectToAction(nameof(Details), new { id = opened.Session.Id });
        }
        return View("Edit", new SessionEditor(form, await sessions.ChoicesAsync()) { Report = refused ? report : [] });
    }

    [Authorize(Roles = Roles.Planners), HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id)
    {
        var session = await sessions.FindAsync(id);
        if (session is null)
            return NotFound();
        return View(new SessionEditor(SessionService.FormOf(session), await sessions.ChoicesAsync()) { Id = id });
    }

    [Authorize(Roles = Roles.Planners), HttpPost("{id:int}/edit")]
    public Task<IActionResult> Edit(int id, SessionForm form) => Save(id, form);

    [Authorize(Roles = Roles.Planners), HttpPost("{id:int}/status")]
    public Task<IActionResult> Status(int id, SessionStatus next) =>
        Act(id, session => sessions.MoveAsync(session, next), "Session.StatusChanged");

    [Authorize(Roles = Roles.Planners), HttpPost("{id:int}/cancel")]
    public async Task<IActionResult> Cancel(int id, [Bind(Prefix = "Cancel")] CancelForm form)
    {
        if (!ModelState.IsValid)
            return await Redisplay(id, d => d with { Cancel = form });
        return await Act(id, session => sessions.CancelAsync(session, form.Reason!), "Session.Cancelled", d => d with { Cancel = form }, "Cancel");
    }

    [Authorize(Roles = Roles.Planners), HttpPost("{id:int}/trainers")]
    public async Task<IActionResult> AssignTrainer(int id, [Bind(Prefix = "Assign")] AssignTrainerForm form)
    {
        if (!ModelState.IsValid)
            return await Redisplay(id, d => d with { Assign = form });
        return await Act(id, session => sessions.AssignTrainerAsync(session, form), "Session.TrainerAssigned", d => d with { Assign = form }, "Assign");
    }

    [Authorize(Roles = Roles.Planners), HttpPost("{id:int}/trainers/{trainerId:int}/remove")]
    public Task<IActionResult> RemoveTrainer(int id, int trainerId) =>
        Act(id, session => sessions.RemoveTrainerAsync(session, trainerId), "Session.TrainerRemoved");

    [Authorize(Roles = Roles.Planners), HttpPost("{id:int}/copy")]
    public async Task<IActionResult> Copy(int id, [Bind(Prefix = "Copy")] CopyForm form)
    {
        if (!ModelState.IsValid)
            return await Redisplay(id, d => d with { Copy = form });
        var original = await sessions.FindAsync(id);
        if (original is null)
            return NotFound();
        var (done, copy) = await ModelState.TrySaveAsync(text, async () => await sessions.CopyAsync(original, form.FirstDay!.Value), "Copy");
        if (!done)
            return await Redisplay(id, d => d with { Copy = form });
        TempData["Status"] = text["Session.Copied"];
        return RedirectToAction(nameof(Edit), new { id = copy!.Id });
    }

    private async Task<IActionResult> Save(int? id, SessionForm form)
    {
        form.PadDays();
        try
        {
            var (done, saved) = await ModelState.TrySaveAsync(text, () => sessions.SaveAsync(id, form));
            if (done)
            {
                if (saved is null)
                    return NotFound();
                TempData["Status"] = text["Session.Saved"];
                return RedirectToAction(nameof(Details), new { id = saved.Id });
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone else saved first: show what is stored now, and say so, instead of overwriting it.
            var current = await sessions.ReloadAsync(id!.Value);
            if (current is null)
                return NotFound();
            ModelState.Clear();
            ModelState.AddModelError("", text["Session.ChangedBySomeoneElse"]);
            return View("Edit", new SessionEditor(SessionService.FormOf(current), await sessions.ChoicesAsync()) { Id = id, ChangedBySomeoneElse = true });
        }
        return View("Edit", new SessionEditor(form, await sessions.ChoicesAsync()) { Id = id });
    }

    private async Task<IActionResult> Act(int id, Func<TrainingSession, Task> action, string doneKey,
        Func<SessionDetails, SessionDetails>? withForm = null, string? prefix = null)
    {
        var session = await sessions.FindAsync(id);
        if (session is null)
            return NotFound();
        var (done, _) = await ModelState.TrySaveAsync(text, async () => { await action(session); return true; }, prefix);
        if (done)
        {
            TempData["Status"] = text[doneKey];
            return RedirectToAction(nameof(Details), new { id });
        }
        var details = await DetailsOf(await sessions.ReloadAsync(id) ?? session);
        return View("Details", withForm is null ? details : withForm(details));
    }

    private async Task<IActionResult> Redisplay(int id, Func<SessionDetails, SessionDetails> withForm)
    {
        var session = await sessions.FindAsync(id);
        return session is null ? NotFound() : View("Details", withForm(await DetailsOf(session)));
    }

    private async Task<SessionDetails> DetailsOf(TrainingSession session) =>
        new(session, await sessions.PlanActivityTextAsync(session.PlanActivityId), await sessions.ChoicesAsync(), IsPlanner, await registrationLists.ForSessionAsync(session.Id));
}
