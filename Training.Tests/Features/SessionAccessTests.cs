using System.Net;
using Training.Tests.Support;

namespace Training.Tests.Features;

public sealed class SessionAccessTests : IClassFixture<TrainingAppFactory>
{
    private readonly TrainingAppFactory _app;

    public SessionAccessTests(TrainingAppFactory app) => _app = app;

    [Fact]
    public async Task Management_reads_sessions_but_cannot_plan_them()
    {
        using var web = new WebSession(_app);
        await web.SignInAsRoleAsync("Management");
        var list = await web.GetPageAsync("/sessions");
        Assert.Contains("Поступање центара за социјални рад", list);
        Assert.DoesNotContain("href=\"/sessions/new\"", list);
        var id = _app.Scoped(db => db.Sessions.First().Id);
        Assert.Equal(HttpStatusCode.OK, (await web.Client.GetAsync($"/sessions/{id}")).StatusCode);
        Assert.Contains("access-denied", (await web.Client.GetAsync("/sessions/new")).Headers.Location!.ToString());
        Assert.Contains("access-denied", (await web.Client.GetAsync($"/sessions/{id}/edit")).Headers.Location!.ToString());
    }

    [Fact]
    public async Task Trainer_sees_only_their_own_sessions_even_by_changing_the_id()
    {
        var (mine, notMine) = _app.Scoped(db =>
        {
            var userId = db.Users.Single(u => u.Email == "trainer@demo.local").Id;
            var own = db.Sessions.Where(s => s.Trainers.Any(t => t.Trainer.UserId == userId)).Select(s => new { s.Id, s.Title }).ToList();
            var other = db.Sessions.Where(s => !s.Trainers.Any(t => t.Trainer.UserId == userId)).Select(s => s.Id).First();
            return (own, other);
        });
        Assert.NotEmpty(mine);

        using var web = new WebSession(_app);
        await web.SignInAsRoleAsync("Trainer");
        var list = await web.GetPageAsync("/sessions");
        Assert.Contains($"Укупно: {mine.Count}", list);
        Assert.Equal(HttpStatusCode.OK, (await web.Client.GetAsync($"/sessions/{mine[0].Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await web.Client.GetAsync($"/sessions/{notMine}")).StatusCode);
        Assert.Contains("access-denied", (await web.Client.GetAsync("/sessions/new")).Headers.Location!.ToString());
        Assert.Contains("access-denied", (await web.Client.GetAsync("/programmes")).Headers.Location!.ToString());
    }

    [Theory]
    [InlineData("/sessions")]
    [InlineData("/sessions/calendar")]
    [InlineData("/programmes")]
    [InlineData("/trainers")]
    [InlineData("/venues")]
    public async Task Staff_sees_nothing_of_the_planning(string url)
    {
        using var web = new WebSession(_app);
        await web.SignInAsRoleAsync("Staff");
        var response = await web.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("access-denied", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task List_filters_by_status_programme_and_search()
    {
        using var web = new WebSession(_app);
        await web.SignInAsRoleAsync("Coordinator");
        var cancelled = await web.GetPageAsync("/sessions?status=Cancelled");
        Assert.Contains("Укупно: 1", cancelled);
        Assert.Contains("Индикатори прелиминарне идентификације за систем здравства", cancelled);

        var programme = _app.Scoped(db => db.Programmes.Single(p => p.Title.StartsWith("Заштита деце")).Id);
        var byProgramme = await web.GetPageAsync($"/sessions?programme={programme}");
        Assert.Contains("Укупно: 2", byProgramme);

        var latin = await web.GetPageAsync("/sessions?search=migrantima");
        Assert.Contains("Препознавање жртава трговине људима међу мигрантима", latin);
        Assert.DoesNotContain(">Заштита деце од трговине људима у образовању</a>", latin);
    }

    [Fact]
    public async Task Demo_year_follows_the_training_activities_of_the_work_plan()
    {
        var byActivity = _app.Scoped(db => db.Sessions
            .Join(db.PlanActivities, s => s.PlanActivityId, a => a.Id, (s, a) => new { a.Number, Goal = a.Goal.Number, General = a.Goal.ParentGoal!.Number })
            .AsEnumerable().GroupBy(x => $"{x.General}.{x.Goal}.{x.Number}").ToDictionary(g => g.Key, g => g.Count()));
        Assert.True(byActivity["III.II.1"] >= 4, "the four workshops for social work centres");
        Assert.True(byActivity.ContainsKey("III.II.2"), "Commissariat workshops");
        Assert.True(byActivity.ContainsKey("III.II.3"), "education staff");
        Assert.True(byActivity.ContainsKey("III.I.3"), "police training");
        Assert.True(byActivity.ContainsKey("I.II.7"), "planning skills for staff");
        var statuses = _app.Scoped(db => db.Sessions.Select(s => s.Status).Distinct().Count());
        Assert.True(statuses >= 5, "past, current and future sessions in several states");
    }
}
