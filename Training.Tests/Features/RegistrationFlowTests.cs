using System.Net;
using Ical.Net;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Training.Domain.Common;
using Training.Domain.Registrations;
using Training.Infrastructure.Email;
using Training.Tests.Support;
using Training.Web.Features.Registrations;

namespace Training.Tests.Features;

/// <summary>The whole journey through HTTP and a real SMTP server: invitation, link, registration, waiting list, cancellation, freed seat.</summary>
public sealed class RegistrationFlowTests : IAsyncLifetime
{
    private readonly SmtpTestServer _smtp = new();
    private TrainingAppFactory _app = null!;

    public Task InitializeAsync()
    {
        _app = TrainingAppFactory.WithSmtp(_smtp);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _app.Dispose();
        await _smtp.DisposeAsync();
    }

    private async Task DispatchAsync() =>
        await _app.DispatchEmailAsync();

    private async Task<MimeMessage> MailAsync(string to, string subjectStart) =>
        await _smtp.WaitForMessageAsync(m => m.To.Mailboxes.Any(a => a.Address == to) && m.Subject!.StartsWith(subjectStart, StringComparison.Ordinal));

    [Fact]
    public async Task Invitation_registration_waiting_list_cancellation_and_freed_seat()
    {
        var sessionId = OpenSession.Create(_app, capacity: 1);
        var title = _app.Scoped(db => db.Sessions.Single(s => s.Id == sessionId).Title);

        // The coordinator pastes a list with one bad row: a report, and nothing sent.
        using var coordinator = new WebSession(_app);
        await coordinator.SignInAsRoleAsync("Coordinator");
        var list = "Милош Петровић <milos@example.rs>\nana@example.rs\nnije-adresa";
        var report = await coordinator.PostFormAsync($"/sessions/{sessionId}/invite", $"/sessions/{sessionId}/invite", new Dictionary<string, string> { ["Addresses"] = list, ["Culture"] = "sr-Cyrl-RS" });
        var reportPage = await report.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Contains("неисправна адреса", reportPage);
        Assert.Equal(0, _app.Scoped(db => db.Invitations.Count(i => i.SessionId == sessionId)));

        var sent = await coordinator.PostFormAsync($"/sessions/{sessionId}/invite", $"/sessions/{sessionId}/invite", new Dictionary<string, string> { ["Addresses"] = list, ["Culture"] = "sr-Cyrl-RS", ["ValidOnly"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal(2, _app.Scoped(db => db.Invitations.Count(i => i.SessionId == sessionId)));
        Assert.DoesNotContain(_app.Scoped(db => db.Invitations.Select(i => i.TokenHash).ToList()), h => h.Length != 64);

        await DispatchAsync();
        var invitation = await MailAsync("milos@example.rs", "Позив на обуку");
        Assert.Contains(title, invitation.TextBody);
        var milos = TrainingAppFactory.LinkTokenIn(invitation.TextBody);
        var ana = TrainingAppFactory.LinkTokenIn((await MailAsync("ana@example.rs", "Позив на обуку")).TextBody);

        // Opening the link (as a mail scanner would) changes nothing.
        using var milosWeb = new WebSession(_app);
        var page = await milosWeb.GetPageAsync($"/r/{milos}");
        Assert.Contains("value=\"Милош Петровић\"", page);
        Assert.Contains("value=\"milos@example.rs\"", page);
        Assert.Contains("обрађује ове податке ради организовања обуке", page);
        Assert.Contains("задатка у јавном интересу", page);
        Assert.DoesNotContain("name=\"Consent\"", page);
        Assert.Equal(0, _app.Scoped(db => db.Registrations.Count(r => r.SessionId == sessionId)));

        // Milos takes the only seat; Ana goes on the waiting list.
        var registered = await milosWeb.PostFormAsync($"/r/{milos}", $"/r/{milos}", OpenSession.RegistrationFields("Милош Петровић", "milos@example.rs"));
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        Assert.Equal($"/r/{milos}", registered.Headers.Location!.ToString());
        using var anaWeb = new WebSession(_app);
        await anaWeb.PostFormAsync($"/r/{ana}", $"/r/{ana}", OpenSession.RegistrationFields("Ана Јовић", "ana@example.rs"));
        Assert.Contains("Потврђена", await milosWeb.GetPageAsync($"/r/{milos}"));
        Assert.Contains("На листи чекања.", await anaWeb.GetPageAsync($"/r/{ana}"));

        // The confirmation carries a calendar invite whose times are right in Belgrade.
        await DispatchAsync();
        var confirmation = await MailAsync("milos@example.rs", "Потврда пријаве");
        var ics = confirmation.Attachments.OfType<MimePart>().Single(a => a.FileName == "obuka.ics");
        using var icsStream = new MemoryStream();
        await ics.Content!.DecodeToAsync(icsStream);
        var calendar = Calendar.Load(System.Text.Encoding.UTF8.GetString(icsStream.ToArray()))!;
        Assert.Equal("REQUEST", calendar.Method);
        var calendarEvent = Assert.Single(calendar.Events);
        var start = TimeZoneInfo.ConvertTimeFromUtc(calendarEvent.DtStart!.AsUtc, Belgrade.TimeZone);
        Assert.Equal((9, 0), (start.Hour, start.Minute));
        Assert.Equal(title, calendarEvent.Summary);
        Assert.Contains("milos@example.rs", calendarEvent.Attendees.Single().Value!.ToString());
        await MailAsync("ana@example.rs", "Листа чекања");

        // Milos cancels, after a confirmation step; the seat is offered to Ana.
        Assert.Contains("Да ли сигурно отказујете пријаву?", await milosWeb.GetPageAsync($"/r/{milos}?cancel=true"));
        var cancelled = await milosWeb.PostFormAsync($"/r/{milos}", $"/r/{milos}/cancel", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Equal(RegistrationStatus.Offered, _app.Scoped(db => db.Registrations.Single(r => r.SessionId == sessionId && r.Status != RegistrationStatus.Cancelled).Status));
        await DispatchAsync();
        // The offer carries Ana's link (renewed: only hashes are kept) and the deadline.
        var offer = await MailAsync("ana@example.rs", "Ослободило се место");
        ana = TrainingAppFactory.LinkTokenIn(offer.TextBody);
        Assert.NotEmpty(ana);
        var cancelNotice = await MailAsync("milos@example.rs", "Пријава отказана");
        Assert.Contains("METHOD:CANCEL", System.Text.Encoding.UTF8.GetString(((MimePart)cancelNotice.Attachments.Single()).Content!.Open().ReadAllBytes()));

        // Ana accepts the seat.
        await anaWeb.PostFormAsync($"/r/{ana}", $"/r/{ana}/accept", new Dictionary<string, string>());
        Assert.Contains("Потврђена", await anaWeb.GetPageAsync($"/r/{ana}"));
        Assert.Equal(1, _app.Scoped(db => db.Sessions.Single(s => s.Id == sessionId).SeatsTaken));
        await DispatchAsync();
        await MailAsync("ana@example.rs", "Потврда пријаве");
    }

    [Fact]
    public async Task Registering_twice_shows_the_existing_registration()
    {
        var sessionId = OpenSession.Create(_app, capacity: 5);
        var token = OpenSession.Invite(_app, sessionId, 1, "twice")[0];
        using var web = new WebSession(_app);
        await web.PostFormAsync($"/r/{token}", $"/r/{token}", OpenSession.RegistrationFields("Иста Особа", "twice0@example.rs"));
        var again = await web.PostFormAsync($"/r/{token}", $"/r/{token}", OpenSession.RegistrationFields("Иста Особа", "twice0@example.rs"));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(1, _app.Scoped(db => db.Registrations.Count(r => r.SessionId == sessionId)));
    }

    [Fact]
    public async Task Missing_name_position_and_institution_are_pointed_out_and_nothing_is_saved()
    {
        var sessionId = OpenSession.Create(_app, capacity: 5);
        var token = OpenSession.Invite(_app, sessionId, 1, "missing")[0];
        using var web = new WebSession(_app);
        var fields = OpenSession.RegistrationFields("", "missing0@example.rs");
        fields["Position"] = "";
        var response = await web.PostFormAsync($"/r/{token}", $"/r/{token}", fields);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("id=\"FullName-error\"[^>]*>Ово поље је обавезно.", page);
        Assert.Matches("id=\"Position-error\"[^>]*>Ово поље је обавезно.", page);

        fields = OpenSession.RegistrationFields("Име Презиме", "missing0@example.rs");
        fields["OrganisationName"] = "";
        page = await (await web.PostFormAsync($"/r/{token}", $"/r/{token}", fields)).Content.ReadAsStringAsync();
        Assert.Matches("id=\"OrganisationId-error\"[^>]*>Изаберите институцију са списка или упишите њен назив.", page);
        Assert.Equal(0, _app.Scoped(db => db.Registrations.Count(r => r.SessionId == sessionId)));
    }

    [Fact]
    public async Task Consent_is_asked_only_with_accessibility_needs()
    {
        var sessionId = OpenSession.Create(_app, capacity: 5);
        var tokens = OpenSession.Invite(_app, sessionId, 2, "needs");
        using var web = new WebSession(_app);
        var fields = OpenSession.RegistrationFields("Особа Са Потребама", "needs0@example.rs");
        fields["AccessibilityNeeds"] = "приступ за инвалидска колица";
        var page = await (await web.PostFormAsync($"/r/{tokens[0]}", $"/r/{tokens[0]}", fields)).Content.ReadAsStringAsync();
        Assert.Matches("id=\"HealthDataConsent-error\"[^>]*>Потребна је Ваша сагласност", page);
        Assert.Equal(0, _app.Scoped(db => db.Registrations.Count(r => r.SessionId == sessionId)));

        fields["HealthDataConsent"] = "true";
        Assert.Equal(HttpStatusCode.Redirect, (await web.PostFormAsync($"/r/{tokens[0]}", $"/r/{tokens[0]}", fields)).StatusCode);
        // Without needs, no consent is asked for at all.
        using var other = new WebSession(_app);
        Assert.Equal(HttpStatusCode.Redirect, (await other.PostFormAsync($"/r/{tokens[1]}", $"/r/{tokens[1]}", OpenSession.RegistrationFields("Друга Особа", "needs1@example.rs"))).StatusCode);
        Assert.Equal(2, _app.Scoped(db => db.Registrations.Count(r => r.SessionId == sessionId)));
    }

    [Fact]
    public async Task Registering_for_a_cancelled_session_is_refused_with_a_message()
    {
        var sessionId = OpenSession.Create(_app, capacity: 5);
        var token = OpenSession.Invite(_app, sessionId, 1, "late")[0];
        _app.Scoped(db => { db.Sessions.Single(s => s.Id == sessionId).Cancel("Отказано"); return db.SaveChanges(); });
        using var web = new WebSession(_app);
        Assert.Contains("Ова обука је отказана.", await web.GetPageAsync($"/r/{token}"));
        var response = await web.PostFormAsync($"/r/{token}", $"/r/{token}", OpenSession.RegistrationFields("Касни Учесник", "late0@example.rs"));
        Assert.Contains("Ова обука је отказана.", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, _app.Scoped(db => db.Registrations.Count(r => r.SessionId == sessionId)));
    }

    [Theory]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("short")]
    [InlineData("../../etc/passwd")]
    public async Task Unknown_or_malformed_links_are_a_plain_404(string token)
    {
        using var web = new WebSession(_app);
        var response = await web.Client.GetAsync($"/r/{Uri.EscapeDataString(token)}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Link_pages_leak_neither_referrer_nor_cache()
    {
        var sessionId = OpenSession.Create(_app, capacity: 5);
        var token = OpenSession.Invite(_app, sessionId, 1, "headers")[0];
        using var web = new WebSession(_app);
        var response = await web.Client.GetAsync($"/r/{token}");
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
    }
}

internal static class StreamExtensions
{
    public static byte[] ReadAllBytes(this Stream stream)
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}

public sealed class RegistrationRemindersTests : IAsyncLifetime
{
    private readonly SmtpTestServer _smtp = new();
    private TrainingAppFactory _app = null!;

    public Task InitializeAsync()
    {
        _app = TrainingAppFactory.WithSmtp(_smtp, new Dictionary<string, string?> { ["Registration:ReminderDaysBefore"] = "2", ["Registration:ChaseAfterDays"] = "5" });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _app.Dispose();
        await _smtp.DisposeAsync();
    }

    private async Task<int> RunJobAsync()
    {
        var done = 0;
        await _app.WithScopeAsync(async s =>
        {
            done = await s.GetRequiredService<RegistrationJob>().RunAsync();
            await s.GetRequiredService<OutboxDispatcher>().DispatchDueAsync();
        });
        return done;
    }

    [Fact]
    public async Task Reminder_is_sent_exactly_once_when_the_clock_passes_the_due_time()
    {
        var sessionId = OpenSession.Create(_app, capacity: 5, daysAhead: 10);
        var token = OpenSession.Invite(_app, sessionId, 1, "remind")[0];
        using (var web = new WebSession(_app))
            await web.PostFormAsync($"/r/{token}", $"/r/{token}", OpenSession.RegistrationFields("Подсетник Тест", "remind0@example.rs"));

        await RunJobAsync();
        Assert.DoesNotContain(_smtp.Messages, m => m.Subject!.StartsWith("Подсетник: ", StringComparison.Ordinal) && m.To.Mailboxes.Any(a => a.Address == "remind0@example.rs"));

        _app.Clock.Offset = TimeSpan.FromDays(9);
        await RunJobAsync();
        await RunJobAsync();
        await Task.Delay(300);
        Assert.Single(_smtp.Messages, m => m.Subject!.StartsWith("Подсетник: ", StringComparison.Ordinal) && m.To.Mailboxes.Any(a => a.Address == "remind0@example.rs"));
    }

    [Fact]
    public async Task Unanswered_invitee_is_chased_once_with_a_new_link_that_replaces_the_old()
    {
        var sessionId = OpenSession.Create(_app, capacity: 5, daysAhead: 20);
        var oldToken = OpenSession.Invite(_app, sessionId, 1, "chase")[0];
        _app.Clock.Offset = TimeSpan.FromDays(6);
        await RunJobAsync();
        await RunJobAsync();
        var chase = await _smtp.WaitForMessageAsync(m => m.To.Mailboxes.Any(a => a.Address == "chase0@example.rs"));
        await Task.Delay(300);
        Assert.Single(_smtp.Messages, m => m.To.Mailboxes.Any(a => a.Address == "chase0@example.rs"));
        var newToken = TrainingAppFactory.LinkTokenIn(chase.TextBody);

        using var web = new WebSession(_app);
        Assert.Equal(HttpStatusCode.NotFound, (await web.Client.GetAsync($"/r/{oldToken}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await web.GetFollowingLinkAsync($"/r/{newToken}")).StatusCode);
    }

    [Fact]
    public async Task Cancelling_a_session_tells_everyone_registered_and_cancels_their_calendar_entry()
    {
        var sessionId = OpenSession.Create(_app, capacity: 5, daysAhead: 15);
        var token = OpenSession.Invite(_app, sessionId, 1, "cancelnotice")[0];
        using (var web = new WebSession(_app))
            await web.PostFormAsync($"/r/{token}", $"/r/{token}", OpenSession.RegistrationFields("Обавештени Учесник", "cancelnotice0@example.rs"));
        using var coordinator = new WebSession(_app);
        await coordinator.SignInAsRoleAsync("Coordinator");
        await coordinator.PostFormAsync($"/sessions/{sessionId}", $"/sessions/{sessionId}/cancel", new Dictionary<string, string> { ["Cancel.Reason"] = "Болест тренера" });
        await _app.DispatchEmailAsync();

        var notice = await _smtp.WaitForMessageAsync(m => m.Subject!.StartsWith("Обука је отказана", StringComparison.Ordinal));
        Assert.Contains("Болест тренера", notice.TextBody);
        var ics = System.Text.Encoding.UTF8.GetString(((MimePart)notice.Attachments.Single()).Content!.Open().ReadAllBytes());
        Assert.Contains("METHOD:CANCEL", ics);
        Assert.Contains("SEQUENCE:1", ics);
    }

    [Fact]
    public async Task Once_the_session_has_started_the_participant_can_no_longer_cancel()
    {
        var held = HeldSession.Create(_app, [0, 1], ["Слађана Перић"], start: new TimeOnly(0, 0), end: new TimeOnly(23, 59));
        using var participant = new WebSession(_app);
        var page = await participant.GetPageAsync($"/r/{held.People[0].Token}");
        Assert.DoesNotContain("?cancel=true", page);
        await participant.PostFormAsync($"/r/{held.People[0].Token}", $"/r/{held.People[0].Token}/cancel", new Dictionary<string, string>());
        Assert.Contains("Обука је већ почела: пријава се више не може отказати.", await participant.GetPageAsync($"/r/{held.People[0].Token}"));
        Assert.Equal(RegistrationStatus.Confirmed, _app.Scoped(db => db.Registrations.Single(r => r.SessionId == held.SessionId).Status));
    }
}
