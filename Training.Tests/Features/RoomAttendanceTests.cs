using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Training.Domain.Attendance;
using Training.Domain.Sessions;
using Training.Tests.Support;

namespace Training.Tests.Features;

/// <summary>Marks from the room: only the session's own trainers and the coordinators, with antiforgery, and never over a newer mark.</summary>
public sealed class RoomAttendanceTests : IClassFixture<TrainingAppFactory>
{
    private readonly TrainingAppFactory _app;

    public RoomAttendanceTests(TrainingAppFactory app) => _app = app;

    [Fact]
    public async Task A_trainer_not_assigned_to_the_session_finds_nothing_and_management_is_turned_away()
    {
        var held = HeldSession.Create(_app, [-1], ["Милена Старчевић"]);
        var page = $"/sessions/{held.SessionId}/attendance/days/{held.DayIds[0]}";

        using var trainer = new WebSession(_app);
        await trainer.SignInAsRoleAsync("Trainer");
        Assert.Equal(HttpStatusCode.NotFound, (await trainer.Client.GetAsync(page)).StatusCode);
        // Even with a valid token taken from a page of their own.
        var token = WebSession.AntiforgeryToken(await trainer.GetPageAsync("/account/security"));
        Assert.Equal(HttpStatusCode.NotFound, (await PostMarkAsync(trainer, held, token, "Present", 0)).StatusCode);

        using var management = new WebSession(_app);
        await management.SignInAsRoleAsync("Management");
        var response = await management.Client.GetAsync(page);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("access-denied", response.Headers.Location!.ToString());
        Assert.Equal(0, _app.Scoped(db => db.Attendance.Count(a => a.SessionId == held.SessionId)));
    }

    [Fact]
    public async Task The_assigned_trainer_marks_with_a_token_and_a_stale_mark_is_refused_with_the_stored_value()
    {
        var held = HeldSession.Create(_app, [-1], ["Милена Старчевић"]);
        Assign(held);
        using var trainer = new WebSession(_app);
        await trainer.SignInAsRoleAsync("Trainer");
        var html = await trainer.GetPageAsync($"/sessions/{held.SessionId}/attendance/days/{held.DayIds[0]}");
        Assert.Contains("Милена Старчевић", html);

        Assert.Equal(HttpStatusCode.BadRequest, (await PostMarkAsync(trainer, held, null, "Present", 0)).StatusCode);
        Assert.Equal(0, _app.Scoped(db => db.Attendance.Count(a => a.SessionId == held.SessionId)));

        var token = WebSession.AntiforgeryToken(html);
        var first = await PostMarkAsync(trainer, held, token, "Present", 0);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(1, (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());

        // A phone that still shows "no mark" asks for "absent": the stored mark is newer, so nothing is written.
        var stale = await PostMarkAsync(trainer, held, token, "Absent", 0);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var current = await stale.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Present", current.GetProperty("mark").GetString());
        Assert.Equal("trainer@demo.local", current.GetProperty("by").GetString());
        // The same value with an old stamp is no conflict: there is nothing to choose between.
        Assert.Equal(HttpStatusCode.OK, (await PostMarkAsync(trainer, held, token, "Present", 0)).StatusCode);
        // A rule broken is said in the user's language.
        var partial = await PostMarkAsync(trainer, held, token, "Partial", 1, hours: 9);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, partial.StatusCode);
        Assert.Contains("делимично", (await partial.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());

        var record = _app.Scoped(db => db.Attendance.Include(a => a.Changes).Single(a => a.SessionId == held.SessionId));
        Assert.Equal(AttendanceMark.Present, record.Mark);
        Assert.Single(record.Changes);
    }

    private void Assign(HeldSession.Held held) => _app.Scoped(db =>
    {
        var session = db.Sessions.Include(s => s.Days).Include(s => s.Trainers).Single(s => s.Id == held.SessionId);
        var userId = db.Users.Single(u => u.Email == "trainer@demo.local").Id;
        session.AssignTrainer(db.Trainers.Include(t => t.Unavailability).Single(t => t.UserId == userId), TrainerRole.Lead, 0, []);
        return db.SaveChanges();
    });

    private static Task<HttpResponseMessage> PostMarkAsync(WebSession web, HeldSession.Held held, string? token, string mark, int seen, decimal? hours = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/sessions/{held.SessionId}/attendance/days/{held.DayIds[0]}/marks")
        {
            Content = JsonContent.Create(new { participantId = held.People[0].ParticipantId, mark, hours, seen }),
        };
        if (token is not null)
            request.Headers.Add("RequestVerificationToken", token);
        return web.Client.SendAsync(request);
    }
}
