using Training.Domain.Common;
using Training.Domain.Sessions;
using Training.Tests.Support;

namespace Training.Tests.Features;

/// <summary>
/// A year is a calendar year in Belgrade wherever the app lists or filters by year. A session starting half an hour
/// after midnight on New Year's Day in Belgrade starts on 31 December in UTC: it belongs to the new year everywhere.
/// </summary>
public sealed class YearInBelgradeTests : IClassFixture<TrainingAppFactory>
{
    private const int NewYear = 2031;
    private readonly TrainingAppFactory _app;

    public YearInBelgradeTests(TrainingAppFactory app) => _app = app;

    [Fact]
    public async Task A_session_just_after_midnight_on_new_years_day_belongs_to_the_new_year_in_every_list_of_years()
    {
        var id = _app.Scoped(db =>
        {
            var session = new TrainingSession(db.Programmes.OrderBy(p => p.Id).First(), [new DayPlan(new DateOnly(NewYear, 1, 1), new TimeOnly(0, 30), new TimeOnly(6, 30))], 20);
            session.Rename("Новогодишња радионица", "sr-Cyrl-RS");
            db.Sessions.Add(session);
            db.SaveChanges();
            return session.Id;
        });
        var startsAtUtc = _app.Scoped(db => db.Sessions.Single(s => s.Id == id).StartsAtUtc);
        Assert.Equal(new DateTime(NewYear - 1, 12, 31, 23, 30, 0), startsAtUtc);

        using var coordinator = new WebSession(_app);
        await coordinator.SignInAsRoleAsync("Coordinator");
        var list = await coordinator.GetPageAsync("/sessions");
        Assert.Contains($"<option value=\"{NewYear}\"", list);
        Assert.Contains("Новогодишња радионица", await coordinator.GetPageAsync($"/sessions?year={NewYear}"));
        Assert.DoesNotContain("Новогодишња радионица", await coordinator.GetPageAsync($"/sessions?year={NewYear - 1}"));

        var dashboard = await coordinator.GetPageAsync($"/dashboard?year={Belgrade.Today(TimeProvider.System).Year}");
        Assert.Contains($"<option value=\"{NewYear}\"", dashboard);
        Assert.DoesNotContain($"<option value=\"{NewYear - 1}\"", dashboard);
    }
}
