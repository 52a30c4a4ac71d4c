using System.Globalization;
using System.Net;
using Training.Domain.Attendance;
using Training.Domain.Budgets;
using Training.Domain.Common;
using Training.Domain.Sessions;
using Training.Domain.Trainers;
using Microsoft.Extensions.DependencyInjection;
using Training.Tests.Support;
using Training.Web.Features.Budgets;

namespace Training.Tests.Features;

/// <summary>Budgets of a session against figures worked out by hand, and the rules of a line.</summary>
public sealed class BudgetTests : IClassFixture<TrainingAppFactory>
{
    private readonly TrainingAppFactory _app;

    public BudgetTests(TrainingAppFactory app) => _app = app;

    /// <summary>
    /// Yesterday's session (6 h) with three people: two present, one for 3 hours; a state-budget source and
    /// a donor project. By hand: 3 people, 15 participant-hours.
    /// </summary>
    private (HeldSession.Held Held, int State, int Donor) Scenario()
    {
        var held = HeldSession.Create(_app, [-1], ["Марина Лукић", "Петар Јанковић", "Сава Крстић"]);
        var (state, donor) = _app.Scoped(db =>
        {
            var s = new FundingSource("Буџет Републике Србије", FundingKind.StateBudget);
            s.MakeAvailable(DateTime.UtcNow.Year, 2_000_000);
            var d = new FundingSource("Пројекат заштите жртава", FundingKind.DonorProject, "IOM");
            d.Describe("Пројекат заштите жртава", FundingKind.DonorProject, "IOM-2026-7", "IOM", null, null);
            db.FundingSources.AddRange(s, d);
            var session = db.Sessions.Single(x => x.Id == held.SessionId);
            var day = db.SessionDays.Single(x => x.TrainingSessionId == held.SessionId);
            var people = db.Participants.Where(p => held.People.Select(h => h.ParticipantId).Contains(p.Id)).OrderBy(p => p.Id).ToList();
            db.Attendance.Add(AttendanceRecord.Record(session, day, people[0], AttendanceMark.Present, null, false, "k", DateTime.UtcNow));
            db.Attendance.Add(AttendanceRecord.Record(session, day, people[1], AttendanceMark.Present, null, false, "k", DateTime.UtcNow));
            db.Attendance.Add(AttendanceRecord.Record(session, day, people[2], AttendanceMark.Partial, 3, false, "k", DateTime.UtcNow));
            db.SaveChanges();
            return (s.Id, d.Id);
        });
        return (held, state, donor);
    }

    private async Task<WebSession> CoordinatorAsync()
    {
        var web = new WebSession(_app);
        await web.SignInAsRoleAsync("Coordinator");
        return web;
    }

    private static Dictionary<string, string> Line(string category, string planned, int? source, string actual = "", string actualOn = "", string currency = "RSD", string rate = "") => new()
    {
        ["Form.Category"] = category, ["Form.Planned"] = planned, ["Form.Actual"] = actual, ["Form.ActualOn"] = actualOn, ["Form.Currency"] = currency,
        ["Form.ExchangeRate"] = rate, ["Form.FundingSourceId"] = source?.ToString(CultureInfo.InvariantCulture) ?? "", ["Form.Funds"] = "Approved", ["Form.Note"] = "",
    };

    [Fact]
    public async Task Totals_and_cost_per_person_and_hour_are_worked_out_in_dinars()
    {
        var (held, state, donor) = Scenario();
        using var web = await CoordinatorAsync();
        var url = $"/sessions/{held.SessionId}/budget";
        Assert.Equal(HttpStatusCode.Redirect, (await web.PostFormAsync(url, url, Line("TrainerFees", "30000", state, "30000", "2026-03-01"))).StatusCode);
        // 100 EUR planned and 90 EUR spent at 117.2 dinars: 11,720 and 10,548.
        Assert.Equal(HttpStatusCode.Redirect, (await web.PostFormAsync(url, url, Line("Catering", "100", donor, "90", "2026-03-02", "eur", "117.2"))).StatusCode);

        await _app.WithScopeAsync(async services =>
        {
            var (lines, totals) = await services.GetRequiredService<BudgetService>().SessionAsync(held.SessionId);
            Assert.Equal(2, lines.Count);
            Assert.Equal((41_720m, 40_548m, 3, 15m), (totals.Planned, totals.Actual, totals.Persons, totals.ParticipantHours));
            Assert.Equal(13_516m, totals.PerParticipant);
            Assert.Equal(2_703.2m, totals.PerParticipantHour);
        });
        var page = await web.GetPageAsync(url);
        Assert.Contains("EUR", page);

        await _app.WithScopeAsync(async services =>
        {
            var overview = await services.GetRequiredService<BudgetService>().OverviewAsync(Belgrade.Today(TimeProvider.System).AddDays(-1).Year);
            Assert.Contains(overview.BySource, r => r.Label == "Пројекат заштите жртава" && r.Planned == 11_720m && r.Actual == 10_548m);
            Assert.Contains(overview.Available, r => r.Label == "Буџет Републике Србије" && r.Actual == 30_000m);
        });
    }

    [Fact]
    public async Task Bad_lines_are_refused_next_to_the_field_and_nothing_is_saved()
    {
        var (held, state, _) = Scenario();
        using var web = await CoordinatorAsync();
        var url = $"/sessions/{held.SessionId}/budget";
        async Task<string> Post(Dictionary<string, string> line) => await (await web.PostFormAsync(url, url, line)).Content.ReadAsStringAsync();

        Assert.Contains("id=\"Form_Planned-error\">Вредност не сме бити негативна.", await Post(Line("Venue", "-5000", state)));
        Assert.Contains("id=\"Form_ActualOn-error\">Уз утрошени износ упишите и датум.", await Post(Line("Venue", "5000", state, "4800")));
        // The session is past its draft: the money must say where it comes from.
        Assert.Contains("id=\"Form_FundingSourceId-error\">Изаберите извор финансирања", await Post(Line("Venue", "5000", null)));
        Assert.Contains("id=\"Form_ExchangeRate-error\">За износ у EUR упишите курс", await Post(Line("Venue", "50", state, currency: "EUR")));
        Assert.Equal(0, _app.Scoped(db => db.BudgetLines.Count(b => b.SessionId == held.SessionId)));
    }

    [Fact]
    public async Task Trainer_fees_are_filled_in_from_the_assignments_once()
    {
        var (held, state, _) = Scenario();
        _app.Scoped(db =>
        {
            var session = db.Sessions.Single(s => s.Id == held.SessionId);
            db.Entry(session).Collection(s => s.Days).Load();
            db.Entry(session).Collection(s => s.Trainers).Load();
            var trainer = new Trainer("Бранка Тренерица", TrainerKind.External);
            db.Trainers.Add(trainer);
            session.AssignTrainer(trainer, TrainerRole.Lead, 24_000, []);
            return db.SaveChanges();
        });
        using var web = await CoordinatorAsync();
        var url = $"/sessions/{held.SessionId}/budget";
        await web.PostFormAsync(url, $"{url}/trainer-fees", new Dictionary<string, string> { ["fundingSourceId"] = state.ToString(CultureInfo.InvariantCulture) });
        await web.PostFormAsync(url, $"{url}/trainer-fees", new Dictionary<string, string> { ["fundingSourceId"] = state.ToString(CultureInfo.InvariantCulture) });
        var fees = _app.Scoped(db => db.BudgetLines.Where(b => b.SessionId == held.SessionId).Select(b => new { b.Category, b.Planned, b.FundingSourceId }).ToList());
        Assert.Equal([(BudgetCategory.TrainerFees, 24_000m, (int?)state)], fees.Select(f => (f.Category, f.Planned, f.FundingSourceId)).ToList());
    }

    [Fact]
    public async Task Management_reads_budgets_but_cannot_change_them()
    {
        var (held, state, _) = Scenario();
        using var web = new WebSession(_app);
        await web.SignInAsRoleAsync("Management");
        await web.GetPageAsync($"/sessions/{held.SessionId}/budget");
        await web.GetPageAsync("/budgets");
        await web.GetPageAsync("/funding");
        var response = await web.PostFormAsync($"/sessions/{held.SessionId}/budget", $"/sessions/{held.SessionId}/budget", Line("Venue", "100", state));
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, _app.Scoped(db => db.BudgetLines.Count(b => b.SessionId == held.SessionId)));
    }
}
