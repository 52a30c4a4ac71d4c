using System.Globalization;
using System.Net;
using Training.Tests.Support;

namespace Training.Tests.Features;

public sealed class ParticipantDirectoryTests : IClassFixture<TrainingAppFactory>
{
    private readonly TrainingAppFactory _app;

    public ParticipantDirectoryTests(TrainingAppFactory app) => _app = app;

    private static async Task AddAsync(WebSession web, int sessionId, string name, string email) =>
        await web.PostFormAsync($"/sessions/{sessionId}", $"/sessions/{sessionId}/registrations/add", new Dictionary<string, string> { ["Add.FullName"] = name, ["Add.Email"] = email });

    [Fact]
    public async Task One_person_per_email_with_their_history_and_duplicates_merged()
    {
        var first = OpenSession.Create(_app, capacity: 5, daysAhead: 20);
        var second = OpenSession.Create(_app, capacity: 5, daysAhead: 40);
        using var web = new WebSession(_app);
        await web.SignInAsRoleAsync("Coordinator");
        await AddAsync(web, first, "Драгана Милић", "Dragana.Milic@Example.rs");
        await AddAsync(web, second, "Драгана Милић", "dragana.milic@example.rs");
        await AddAsync(web, second, "Драгана Милић", "dragana.milic@exampel.rs");

        var ids = _app.Scoped(db => db.Participants.Where(p => p.FullName == "Драгана Милић").OrderBy(p => p.Id).Select(p => p.Id).ToList());
        Assert.Equal(2, ids.Count);
        var list = await web.GetPageAsync("/participants?search=Dragana");
        Assert.Contains("dragana.milic@example.rs", list);
        var history = await web.GetPageAsync($"/participants/{ids[0]}");
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(history, "href=\"/sessions/\\d+\""));

        // The typo record is registered for the same session as the real one: refused.
        var refused = await web.PostFormAsync($"/participants/{ids[1]}", $"/participants/{ids[1]}/merge", new Dictionary<string, string> { ["intoId"] = ids[0].ToString(CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal(2, _app.Scoped(db => db.Participants.Count(p => p.FullName == "Драгана Милић")));

        var third = OpenSession.Create(_app, capacity: 5, daysAhead: 60);
        await AddAsync(web, third, "Петар Илић", "petar@example.rs");
        await AddAsync(web, first, "Петар Илић", "petar.ilic@example.rs");
        var petar = _app.Scoped(db => db.Participants.Where(p => p.FullName == "Петар Илић").OrderBy(p => p.Id).Select(p => p.Id).ToList());
        var merged = await web.PostFormAsync($"/participants/{petar[1]}", $"/participants/{petar[1]}/merge", new Dictionary<string, string> { ["intoId"] = petar[0].ToString(CultureInfo.InvariantCulture) });
        Assert.Equal($"/participants/{petar[0]}", merged.Headers.Location!.ToString());
        Assert.Equal(1, _app.Scoped(db => db.Participants.Count(p => p.FullName == "Петар Илић")));
        Assert.Equal(2, _app.Scoped(db => db.Registrations.Count(r => r.ParticipantId == petar[0])));
    }

    [Fact]
    public async Task Staff_and_trainers_do_not_see_the_participants()
    {
        foreach (var role in new[] { "Staff", "Trainer" })
        {
            using var web = new WebSession(_app);
            await web.SignInAsRoleAsync(role);
            Assert.Contains("access-denied", (await web.Client.GetAsync("/participants")).Headers.Location!.ToString());
        }
    }
}
