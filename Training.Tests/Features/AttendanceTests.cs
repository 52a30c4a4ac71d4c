using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Training.Domain.Attendance;
using Training.Tests.Support;
using UglyToad.PdfPig;

namespace Training.Tests.Features;

/// <summary>The coordinator's attendance grid, walk-ins and sign-in sheets, through the real app.</summary>
public sealed class AttendanceTests : IClassFixture<TrainingAppFactory>
{
    private readonly TrainingAppFactory _app;

    public AttendanceTests(TrainingAppFactory app) => _app = app;

    private async Task<WebSession> CoordinatorAsync()
    {
        var web = new WebSession(_app);
        await web.SignInAsRoleAsync("Coordinator");
        return web;
    }

    private static Dictionary<string, string> Cell(int index, int participantId, int dayId, string mark, string hours = "") => new()
    {
        [$"Marks[{index}].ParticipantId"] = participantId.ToString(CultureInfo.InvariantCulture),
        [$"Marks[{index}].DayId"] = dayId.ToString(CultureInfo.InvariantCulture),
        [$"Marks[{index}].Mark"] = mark,
        [$"Marks[{index}].Hours"] = hours,
    };

    private static Dictionary<string, string> Cells(params Dictionary<string, string>[] cells) =>
        cells.SelectMany(c => c).ToDictionary(p => p.Key, p => p.Value);

    [Fact]
    public async Task The_grid_records_marks_and_a_future_day_in_the_same_post_saves_nothing()
    {
        // Yesterday and tomorrow.
        var held = HeldSession.Create(_app, [-1, 1], ["Марија Илић", "Петар Томић"]);
        using var web = await CoordinatorAsync();
        var url = $"/sessions/{held.SessionId}/attendance";
        var (maria, petar) = (held.People[0], held.People[1]);

        var refused = await web.PostFormAsync(url, url, Cells(
            Cell(0, maria.ParticipantId, held.DayIds[0], "Present"),
            Cell(1, petar.ParticipantId, held.DayIds[1], "Present")));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains("још не може да се евидентира: тај дан обуке још није почео", page);
        Assert.Contains("id=\"mark-1-error\"", page);
        Assert.Equal(0, _app.Scoped(db => db.Attendance.Count(a => a.SessionId == held.SessionId)));

        var saved = await web.PostFormAsync(url, url, Cells(
            Cell(0, maria.ParticipantId, held.DayIds[0], "Present"),
            Cell(1, petar.ParticipantId, held.DayIds[0], "Partial", "2.5")));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var marks = _app.Scoped(db => db.Attendance.Where(a => a.SessionId == held.SessionId).OrderBy(a => a.Hours).Select(a => new { a.ParticipantId, a.Mark, a.Hours, a.RecordedBy }).ToList());
        Assert.Equal([(petar.ParticipantId, AttendanceMark.Partial, 2.5m), (maria.ParticipantId, AttendanceMark.Present, 6m)], marks.Select(m => (m.ParticipantId, m.Mark, m.Hours)).ToList());
        Assert.All(marks, m => Assert.Equal("coordinator@demo.local", m.RecordedBy));
    }

    [Fact]
    public async Task A_correction_after_the_fact_is_shown_with_who_and_when()
    {
        var held = HeldSession.Create(_app, [-3], ["Ана Стевић"]);
        using var web = await CoordinatorAsync();
        var url = $"/sessions/{held.SessionId}/attendance";
        var ana = held.People[0];
        await web.PostFormAsync(url, url, Cell(0, ana.ParticipantId, held.DayIds[0], "Absent"));
        _app.Clock.Offset = TimeSpan.FromMinutes(20);
        try
        {
            await web.PostFormAsync(url, url, Cell(0, ana.ParticipantId, held.DayIds[0], "Present"));
        }
        finally
        {
            _app.Clock.Offset = TimeSpan.Zero;
        }
        var changes = _app.Scoped(db => db.AttendanceChanges.Where(c => db.Attendance.Any(a => a.Id == c.AttendanceRecordId && a.SessionId == held.SessionId))
            .OrderBy(c => c.ChangedAtUtc).Select(c => new { c.Mark, c.ChangedBy, c.ChangedAtUtc }).ToList());
        Assert.Equal([AttendanceMark.Absent, AttendanceMark.Present], changes.Select(c => c.Mark).ToList());
        Assert.True(changes[1].ChangedAtUtc - changes[0].ChangedAtUtc > TimeSpan.FromMinutes(19));
        var page = await web.GetPageAsync(url);
        Assert.Contains("coordinator@demo.local · Ана Стевић", page);
    }

    [Fact]
    public async Task Mark_all_present_keeps_marks_already_given_and_a_walk_in_joins_the_list()
    {
        var held = HeldSession.Create(_app, [0], ["Јован Лазић", "Тијана Рајић"], start: new TimeOnly(0, 0), end: new TimeOnly(23, 59));
        using var web = await CoordinatorAsync();
        var url = $"/sessions/{held.SessionId}/attendance";
        await web.PostFormAsync(url, url, Cell(0, held.People[0].ParticipantId, held.DayIds[0], "Absent"));
        await web.PostFormAsync(url, $"{url}/all-present", new Dictionary<string, string> { ["dayId"] = held.DayIds[0].ToString(CultureInfo.InvariantCulture) });
        var walkIn = await web.PostFormAsync(url, $"{url}/walk-in", new Dictionary<string, string>
        {
            ["WalkIn.FullName"] = "Дејан Ристић", ["WalkIn.Email"] = "dejan.ristic@example.rs", ["WalkIn.Institution"] = "ПУ Краљево", ["WalkIn.DayId"] = held.DayIds[0].ToString(CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Redirect, walkIn.StatusCode);

        var marks = _app.Scoped(db => (from a in db.Attendance join p in db.Participants on a.ParticipantId equals p.Id where a.SessionId == held.SessionId select new { p.FullName, a.Mark, a.IsWalkIn }).ToList());
        Assert.Equal(
            [("Дејан Ристић", AttendanceMark.Present, true), ("Јован Лазић", AttendanceMark.Absent, false), ("Тијана Рајић", AttendanceMark.Present, false)],
            marks.OrderBy(m => m.FullName).Select(m => (m.FullName, m.Mark, m.IsWalkIn)).ToList());
        var page = await web.GetPageAsync(url);
        Assert.Contains("Дејан Ристић", page);
        Assert.Contains("без пријаве", page);

        var again = await web.PostFormAsync(url, $"{url}/walk-in", new Dictionary<string, string>
        {
            ["WalkIn.FullName"] = "Тијана Рајић", ["WalkIn.Email"] = held.People[1].Email, ["WalkIn.DayId"] = held.DayIds[0].ToString(CultureInfo.InvariantCulture),
        });
        Assert.Contains("је пријављен/а на обуку; означите присуство у табели", await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_cancelled_session_refuses_attendance_with_a_message()
    {
        var held = HeldSession.Create(_app, [-1], ["Зоран Марић"]);
        _app.Scoped(db =>
        {
            var session = db.Sessions.Include(s => s.Days).Single(s => s.Id == held.SessionId);
            session.Cancel("Поплаве");
            return db.SaveChanges();
        });
        using var web = await CoordinatorAsync();
        var url = $"/sessions/{held.SessionId}/attendance";
        var page = await web.GetPageAsync(url);
        Assert.Contains("Обука је отказана: присуство се не евидентира.", page);
        var response = await web.PostFormAsync(url, url, Cell(0, held.People[0].ParticipantId, held.DayIds[0], "Present"));
        Assert.Contains("Обука је отказана: присуство се не евидентира.", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, _app.Scoped(db => db.Attendance.Count(a => a.SessionId == held.SessionId)));
    }

    [Fact]
    public async Task The_sign_in_sheet_lists_each_person_with_their_institution_in_Cyrillic()
    {
        var held = HeldSession.Create(_app, [2], ["Љубица Ђорђевић", "Немања Шћекић"]);
        using var web = await CoordinatorAsync();
        var response = await web.Client.GetAsync($"/sessions/{held.SessionId}/days/{held.DayIds[0]}/sign-in-sheet.pdf");
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains("Листа потписа учесника", text);
        Assert.Contains("Љубица Ђорђевић", text);
        Assert.Contains("Немања Шћекић", text);
        Assert.Contains("Краљево", text);
        Assert.Contains("Потпис", text);
        Assert.True(pdf.GetPage(1).Width < pdf.GetPage(1).Height, "A4 portrait");
    }

    [Fact]
    public async Task Management_and_trainers_cannot_record_attendance()
    {
        var held = HeldSession.Create(_app, [-1], ["Вера Јанковић"]);
        foreach (var role in new[] { "Management", "Trainer" })
        {
            using var web = new WebSession(_app);
            await web.SignInAsRoleAsync(role);
            var response = await web.Client.GetAsync($"/sessions/{held.SessionId}/attendance");
            Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        }
    }
}
