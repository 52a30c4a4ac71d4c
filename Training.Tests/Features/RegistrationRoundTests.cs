using System.Net;
using Training.Domain.Common;
using Training.Domain.Registrations;
using Training.Domain.Sessions;
using Training.Tests.Support;

namespace Training.Tests.Features;

/// <summary>What a full invitation round meets: when registration opens, freed seats, renewed links, calendar files.</summary>
public sealed class RegistrationRoundTests : IClassFixture<TrainingAppFactory>
{
    private readonly TrainingAppFactory _app;

    public RegistrationRoundTests(TrainingAppFactory app) => _app = app;

    /// <summary>A session two months ahead, its opening date left blank or set, opened for registration.</summary>
    private int SessionOpened(DateOnly? opensOn) => _app.Scoped(db =>
    {
        var today = Belgrade.Today(TimeProvider.System);
        var first = today.AddDays(60);
        var session = new TrainingSession(db.Programmes.OrderBy(p => p.Id).First(), [new DayPlan(first, new TimeOnly(9, 0), new TimeOnly(15, 0))], 10);
        session.HoldAt(null, true, "https://sastanak.example.rs/obuka");
        session.SetRegistrationWindow(opensOn, first.AddDays(-1));
        session.MoveTo(SessionStatus.Planned, DateTime.UtcNow);
        session.MoveTo(SessionStatus.OpenForRegistration, DateTime.UtcNow);
        db.Sessions.Add(session);
        db.SaveChanges();
        return session.Id;
    });

    [Fact]
    public async Task Opening_a_session_with_no_opening_date_opens_registration_now_and_the_pages_say_so()
    {
        var sessionId = SessionOpened(null);
        var token = OpenSession.Invite(_app, sessionId, 1, "odmah")[0];
        using var coordinator = new WebSession(_app);
        await coordinator.SignInAsRoleAsync("Coordinator");
        Assert.Contains("Отворене сада, до", await coordinator.GetPageAsync($"/sessions/{sessionId}"));

        using var person = new WebSession(_app);
        var page = await person.GetPageAsync($"/r/{token}");
        Assert.DoesNotContain("data-testid=\"not-open\"", page);
        Assert.Equal(HttpStatusCode.Redirect, (await person.PostFormAsync($"/r/{token}", $"/r/{token}", OpenSession.RegistrationFields("Учесник 0", "odmah0@example.rs"))).StatusCode);
    }

    [Fact]
    public async Task A_link_that_arrives_before_a_later_opening_date_tells_the_date()
    {
        var opens = Belgrade.Today(TimeProvider.System).AddDays(10);
        var sessionId = SessionOpened(opens);
        var token = OpenSession.Invite(_app, sessionId, 1, "rano")[0];
        using var person = new WebSession(_app);
        var page = await person.GetPageAsync($"/r/{token}");
        Assert.Contains($"Пријаве за ову обуку почињу {opens.Day:00}.{opens.Month:00}.{opens.Year}.", page);
        Assert.Equal(HttpStatusCode.OK, (await person.PostFormAsync($"/r/{token}", $"/r/{token}", OpenSession.RegistrationFields("Учесник 0", "rano0@example.rs"))).StatusCode);
        Assert.Equal(0, _app.Scoped(db => db.Registrations.Count(r => r.SessionId == sessionId)));

        using var coordinator = new WebSession(_app);
        await coordinator.SignInAsRoleAsync("Coordinator");
        Assert.Contains($"Од {opens.Day:00}.{opens.Month:00}.{opens.Year}.", await coordinator.GetPageAsync($"/sessions/{sessionId}"));
    }

    [Fact]
    public async Task The_seat_offer_email_carries_a_working_link_and_the_deadline()
    {
        var sessionId = OpenSession.Create(_app, capacity: 1);
        var tokens = OpenSession.Invite(_app, sessionId, 2, "ponuda");
        using var first = new WebSession(_app);
        using var second = new WebSession(_app);
        await first.PostFormAsync($"/r/{tokens[0]}", $"/r/{tokens[0]}", OpenSession.RegistrationFields("Учесник 0", "ponuda0@example.rs"));
        await second.PostFormAsync($"/r/{tokens[1]}", $"/r/{tokens[1]}", OpenSession.RegistrationFields("Учесник 1", "ponuda1@example.rs"));
        var calendarKey = _app.Scoped(db => db.Registrations.Single(r => r.SessionId == sessionId && r.Status == RegistrationStatus.Waitlisted).CalendarKey);

        await first.PostFormAsync($"/r/{tokens[0]}", $"/r/{tokens[0]}/cancel", new Dictionary<string, string>());

        var offer = _app.Scoped(db => db.OutboxMessages.Single(m => m.ToAddress == "ponuda1@example.rs" && m.Kind == "SeatOffer").TextBody);
        var deadline = _app.Scoped(db => db.Registrations.Single(r => r.SessionId == sessionId && r.Status == RegistrationStatus.Offered).OfferExpiresAtUtc!.Value);
        Assert.Contains(Belgrade.ToLocal(deadline).ToString("g", new System.Globalization.CultureInfo("sr-Cyrl-RS")), offer);
        var link = TrainingAppFactory.LinkTokenIn(offer);
        Assert.NotEmpty(link);
        using var fromEmail = new WebSession(_app);
        Assert.Contains("Ослободило се место за Вас.", await fromEmail.GetPageAsync($"/r/{link}"));
        Assert.Equal(HttpStatusCode.Redirect, (await fromEmail.PostFormAsync($"/r/{link}", $"/r/{link}/accept", new Dictionary<string, string>())).StatusCode);
        Assert.Equal(RegistrationStatus.Confirmed, _app.Scoped(db => db.Registrations.Single(r => r.SessionId == sessionId && r.Status != RegistrationStatus.Cancelled).Status));
        // The first link, retired with the offer, opens nothing any more (not even the invitation it once answered).
        Assert.Equal(HttpStatusCode.NotFound, (await new WebSession(_app).GetFollowingLinkAsync($"/r/{tokens[1]}")).StatusCode);
        // The renewed link keeps the calendar entries the same.
        Assert.Equal(calendarKey, _app.Scoped(db => db.Registrations.Single(r => r.SessionId == sessionId && r.Status == RegistrationStatus.Confirmed).CalendarKey));
    }

    [Fact]
    public async Task Nothing_changes_from_a_link_once_the_session_is_cancelled()
    {
        var sessionId = OpenSession.Create(_app, capacity: 1);
        var tokens = OpenSession.Invite(_app, sessionId, 2, "otkazana");
        using var first = new WebSession(_app);
        using var second = new WebSession(_app);
        await first.PostFormAsync($"/r/{tokens[0]}", $"/r/{tokens[0]}", OpenSession.RegistrationFields("Учесник 0", "otkazana0@example.rs"));
        await second.PostFormAsync($"/r/{tokens[1]}", $"/r/{tokens[1]}", OpenSession.RegistrationFields("Учесник 1", "otkazana1@example.rs"));
        await first.PostFormAsync($"/r/{tokens[0]}", $"/r/{tokens[0]}/cancel", new Dictionary<string, string>());
        var offer = TrainingAppFactory.LinkTokenIn(_app.Scoped(db => db.OutboxMessages.Single(m => m.ToAddress == "otkazana1@example.rs" && m.Kind == "SeatOffer").TextBody));
        using var offered = new WebSession(_app);
        var antiforgery = WebSession.AntiforgeryToken(await offered.GetPageAsync($"/r/{offer}"));
        _app.Scoped(db =>
        {
            db.Sessions.Single(s => s.Id == sessionId).Cancel("Тренер је болестан.");
            return db.SaveChanges();
        });

        var accepted = await offered.Client.PostAsync($"/r/{offer}/accept", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = antiforgery }));
        Assert.Contains("Ова пријава се више не може мењати", await accepted.Content.ReadAsStringAsync());
        Assert.Equal(RegistrationStatus.Offered, _app.Scoped(db => db.Registrations.Single(r => r.SessionId == sessionId && r.Status != RegistrationStatus.Cancelled).Status));
        var renamed = await offered.Client.PostAsync($"/r/{offer}/details", new FormUrlEncodedContent(
            OpenSession.RegistrationFields("Друго Име", "otkazana1@example.rs").Append(new("__RequestVerificationToken", antiforgery))));
        Assert.Contains("Ова пријава се више не може мењати", await renamed.Content.ReadAsStringAsync());
        Assert.Equal("Учесник 1", _app.Scoped(db => db.Participants.Single(p => p.Email == "otkazana1@example.rs").FullName));
        Assert.Equal(HttpStatusCode.NotFound, (await offered.Client.GetAsync($"/r/{offer}/calendar.ics")).StatusCode);
    }

    [Fact]
    public async Task Renewing_a_link_that_has_not_expired_sends_nothing_and_keeps_it()
    {
        var sessionId = OpenSession.Create(_app, capacity: 5);
        var token = OpenSession.Invite(_app, sessionId, 1, "obnova")[0];
        using var web = new WebSession(_app);
        var response = await web.PostFormAsync($"/r/{token}", $"/r/{token}/renew", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(0, _app.Scoped(db => db.OutboxMessages.Count(m => m.ToAddress == "obnova0@example.rs")));
        Assert.Equal(HttpStatusCode.OK, (await web.GetFollowingLinkAsync($"/r/{token}")).StatusCode);
    }

    [Fact]
    public async Task The_participant_page_offers_the_same_calendar_file_the_confirmation_carried()
    {
        var sessionId = OpenSession.Create(_app, capacity: 5);
        var token = OpenSession.Invite(_app, sessionId, 1, "kalendar")[0];
        using var web = new WebSession(_app);
        await web.PostFormAsync($"/r/{token}", $"/r/{token}", OpenSession.RegistrationFields("Учесник 0", "kalendar0@example.rs"));
        var attached = _app.Scoped(db => db.OutboxMessages.Where(m => m.ToAddress == "kalendar0@example.rs" && m.Kind == "Confirmation")
            .Select(m => m.AttachmentContent).Single()!);
        var fromPage = await (await web.Client.GetAsync($"/r/{token}/calendar.ics")).Content.ReadAsByteArrayAsync();
        // The same file, but for the moment it was made (DTSTAMP).
        static string WithoutStamp(byte[] content) =>
            string.Join("\n", System.Text.Encoding.UTF8.GetString(content).Split("\r\n").Where(l => !l.StartsWith("DTSTAMP:", StringComparison.Ordinal)));
        Assert.Equal(WithoutStamp(attached), WithoutStamp(fromPage));
        Assert.Contains("ORGANIZER", WithoutStamp(fromPage));
    }
}
