using System.Net;
using Training.Domain.Registrations;
using Training.Tests.Support;

namespace Training.Tests.Features;

public sealed class RegistrationConcurrencyTests : IClassFixture<TrainingAppFactory>
{
    private readonly TrainingAppFactory _app;

    public RegistrationConcurrencyTests(TrainingAppFactory app) => _app = app;

    [Fact]
    public async Task Fifty_people_racing_for_ten_seats_leave_exactly_ten_confirmed()
    {
        var sessionId = OpenSession.Create(_app, capacity: 10);
        var tokens = OpenSession.Invite(_app, sessionId, 50, "race");
        var registrants = new List<(WebSession Web, string Token, string AntiForgery, int Index)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var web = new WebSession(_app);
            var page = await web.GetPageAsync($"/r/{tokens[i]}");
            registrants.Add((web, tokens[i], WebSession.AntiforgeryToken(page), i));
        }

        var responses = await Task.WhenAll(registrants.Select(r =>
        {
            var fields = OpenSession.RegistrationFields($"Учесник {r.Index}", $"race{r.Index}@example.rs");
            fields["__RequestVerificationToken"] = r.AntiForgery;
            return r.Web.Client.PostAsync($"/r/{r.Token}", new FormUrlEncodedContent(fields));
        }));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.Redirect, response.StatusCode));
        var statuses = _app.Scoped(db => db.Registrations.Where(r => r.SessionId == sessionId).Select(r => r.Status).ToList());
        Assert.Equal(10, statuses.Count(s => s == RegistrationStatus.Confirmed));
        Assert.Equal(40, statuses.Count(s => s == RegistrationStatus.Waitlisted));
        Assert.Equal(10, _app.Scoped(db => db.Sessions.Single(s => s.Id == sessionId).SeatsTaken));
        foreach (var r in registrants)
            r.Web.Dispose();
    }

    [Fact]
    public async Task A_new_persons_registration_is_audited_with_their_own_id()
    {
        var sessionId = OpenSession.Create(_app, capacity: 10);
        var token = OpenSession.Invite(_app, sessionId, 1, "audited")[0];
        using var web = new WebSession(_app);
        var response = await web.PostFormAsync($"/r/{token}", $"/r/{token}", OpenSession.RegistrationFields("Нова Особа", "audited0@example.rs"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var (participantId, detail) = _app.Scoped(db => (
            db.Participants.Single(p => p.Email == "audited0@example.rs").Id,
            db.AuditLog.Where(a => a.Action == "Registration.Created").AsEnumerable().Single(a => a.Detail!.Contains($"session={sessionId};")).Detail));
        // The person and the registration are saved together; the log names the person by the id the database gave them.
        Assert.Contains($"participant={participantId};", detail);
    }

    [Fact]
    public async Task Two_simultaneous_registrations_of_one_person_make_one_row()
    {
        var sessionId = OpenSession.Create(_app, capacity: 10);
        var token = OpenSession.Invite(_app, sessionId, 1, "double")[0];
        using var first = new WebSession(_app);
        using var second = new WebSession(_app);
        var a = WebSession.AntiforgeryToken(await first.GetPageAsync($"/r/{token}"));
        var b = WebSession.AntiforgeryToken(await second.GetPageAsync($"/r/{token}"));
        FormUrlEncodedContent Form(string af)
        {
            var fields = OpenSession.RegistrationFields("Двапут Кликнуо", "double0@example.rs");
            fields["__RequestVerificationToken"] = af;
            return new FormUrlEncodedContent(fields);
        }
        await Task.WhenAll(first.Client.PostAsync($"/r/{token}", Form(a)), second.Client.PostAsync($"/r/{token}", Form(b)));
        Assert.Equal(1, _app.Scoped(db => db.Registrations.Count(r => r.SessionId == sessionId)));
        Assert.Equal(1, _app.Scoped(db => db.Sessions.Single(s => s.Id == sessionId).SeatsTaken));
    }

    [Fact]
    public async Task New_people_registering_for_two_sessions_at_the_same_moment_are_registered_in_both_as_one_person()
    {
        // Each person was invited to both sessions; both forms are sent at once, so both requests find no such person yet.
        var sessions = new[] { OpenSession.Create(_app, capacity: 40), OpenSession.Create(_app, capacity: 40) };
        var invitations = sessions.Select(id => OpenSession.Invite(_app, id, 20, "both")).ToList();
        var posts = new List<(WebSession Web, string Token, string AntiForgery, int Index)>();
        for (var i = 0; i < 20; i++)
        {
            foreach (var tokens in invitations)
            {
                var web = new WebSession(_app);
                posts.Add((web, tokens[i], WebSession.AntiforgeryToken(await web.GetPageAsync($"/r/{tokens[i]}")), i));
            }
        }

        var responses = await Task.WhenAll(posts.Select(p =>
        {
            var fields = OpenSession.RegistrationFields($"Двоструки {p.Index}", $"both{p.Index}@example.rs");
            fields["__RequestVerificationToken"] = p.AntiForgery;
            return p.Web.Client.PostAsync($"/r/{p.Token}", new FormUrlEncodedContent(fields));
        }));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.Redirect, response.StatusCode));
        Assert.Equal(20, _app.Scoped(db => db.Participants.Count(p => p.Email.StartsWith("both"))));
        foreach (var id in sessions)
            Assert.Equal(20, _app.Scoped(db => db.Registrations.Count(r => r.SessionId == id && r.Status == RegistrationStatus.Confirmed)));
        foreach (var p in posts)
            p.Web.Dispose();
    }
}
