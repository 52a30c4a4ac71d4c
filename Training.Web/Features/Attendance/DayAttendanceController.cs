using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Training.Domain.Common;
using Training.Domain.Sessions;
using Training.Infrastructure.Identity;
using Training.Infrastructure.Localisation;
using Training.Web.Features.Sessions;
using Training.Web.Shared;

namespace Training.Web.Features.Attendance;

/// <summary>
/// One day's list for marking attendance in the room, made for a trainer's phone: the trainers assigned to the session
/// and the coordinators use it. Marks come one at a time as JSON from the page's script, which keeps them while the
/// phone is offline; a mark changed meanwhile by someone else is answered 409 with the stored value.
/// </summary>
[Authorize(Roles = Roles.Planners + "," + Roles.Trainer), Route("sessions/{id:int}/attendance/days/{dayId:int}")]
public sealed class DayAttendanceController(SessionService sessions, AttendanceService attendance, TextCatalog text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int id, int dayId)
    {
        var session = await MarkableAsync(id);
        var day = session?.Days.FirstOrDefault(d => d.Id == dayId);
        if (session is null || day is null)
            return NotFound();
        return View("Day", new DayList(await attendance.SheetAsync(session), day));
    }

    [HttpPost("marks")]
    public async Task<IActionResult> Mark(int id, int dayId, [FromBody] RoomMarkInput input)
    {
        var session = await MarkableAsync(id);
        if (session is null)
            return NotFound();
        try
        {
            var (saved, current) = await attendance.MarkFromRoomAsync(session, dayId, input, User.Identity?.Name ?? "?");
            return saved ? Ok(Shown(current)) : Conflict(Shown(current));
        }
        catch (DomainException ex)
        {
            return UnprocessableEntity(new { error = text[ex.MessageKey, ex.Arguments] });
        }
    }

    /// <summary>What the page's script keeps of a mark, with the words it shows for it.</summary>
    private static object Shown(DayMark mark) => new
    {
        mark = mark.Mark?.ToString(),
        hours = mark.Hours,
        version = mark.Version,
        by = mark.By,
        at = mark.AtUtc is { } at ? Display.DateTime(at) : null,
    };

    /// <summary>The session when this user may mark it: any for a coordinator, their own for a trainer; others do not exist for them.</summary>
    private async Task<TrainingSession?> MarkableAsync(int id)
    {
        var session = await sessions.FindAsync(id);
        var planner = User.IsInRole(Roles.Administrator) || User.IsInRole(Roles.Coordinator);
        return session is not null && (planner || SessionService.Teaches(User, session)) ? session : null;
    }
}
