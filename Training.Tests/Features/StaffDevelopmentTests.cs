using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Training.Domain.Attendance;
using Training.Domain.Planning;
using Training.Domain.StaffDevelopment;
using Training.Infrastructure.Persistence;
using Training.Tests.Support;
using Training.Web.Features.Plans;
using Training.Web.Features.StaffDevelopment;

namespace Training.Tests.Features;

/// <summary>The Centre's own people: fulfilment of the development plan and supervision against <see cref="StaffScenario"/>'s hand count.</summary>
public sealed class StaffDevelopmentTests : IClassFixture<TrainingAppFactory>, IAsyncLifetime
{
    private readonly TrainingAppFactory _app;
    private StaffScenario.Ids _ids = null!;

    public StaffDevelopmentTests(TrainingAppFactory app) => _app = app;

    public async Task InitializeAsync()
    {
        // One scenario per fixture: the tests only read it, or add to it in ways the others do not count.
        if (_app.Scoped(db => db.StaffMembers.Any(s => s.Email == StaffScenario.VesnaEmail)))
            _ids = _app.Scoped(db => Ids(db));
        else
            _ids = await StaffScenario.CreateAsync(_app);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static StaffScenario.Ids Ids(TrainingDbContext db)
    {
        var vesna = db.StaffMembers.Single(s => s.Email == StaffScenario.VesnaEmail).Id;
        var dejan = db.StaffMembers.Single(s => s.Email == StaffScenario.DejanEmail).Id;
        var items = db.DevelopmentItems.Where(i => i.Plan.Year == StaffScenario.Year).ToList();
        var sessions = db.SupervisionSessions.Where(s => s.Date.Year == StaffScenario.Year).OrderBy(s => s.Date).ToList();
        var activities = db.PlanActivities.Where(a => a.Goal.Plan.Year == StaffScenario.Year).ToList();
        var programme = db.Programmes.Single(p => p.Title == "Интерна обука П").Id;
        return new StaffScenario.Ids(vesna, dejan,
            items.Single(i => i.StaffMemberId == vesna && i.Kind == DevelopmentKind.External && i.Status == DevelopmentStatus.Attended).Id,
            items.Single(i => i.StaffMemberId == dejan && i.Kind == DevelopmentKind.External).Id,
            items.Single(i => i.Kind == DevelopmentKind.Invitation).Id,
            sessions[0].Id, sessions[1].Id,
            activities.Single(a => a.Kind == ActivityKind.Supervision).Id, activities.Single(a => a.Kind == ActivityKind.StaffDevelopment).Id,
            programme, db.Sessions.Single(s => s.ProgrammeId == programme && s.StartsAtUtc.Year == 2018).Id);
    }

    private async Task<T> Service<T, TService>(Func<TService, Task<T>> use) where TService : notnull
    {
        T result = default!;
        await _app.WithScopeAsync(async services => result = await use(services.GetRequiredService<TService>()));
        return result;
    }

    [Fact]
    public async Task Fulfilment_per_person_and_overall_matches_the_hand_count()
    {
        var year = await Service<StaffYear, StaffRecordService>(s => s.YearAsync(StaffScenario.Year, withFunding: true));
        Assert.Equal([_ids.Vesna, _ids.Dejan], year.People.Select(p => p.Staff.Id).Order());

        var vesna = year.People.Single(p => p.Staff.Id == _ids.Vesna);
        Assert.Equal((18m, 18m, 18m, 18m, 24_000m, 24_000m), (vesna.PlannedHours, vesna.RealisedHours, vesna.PlannedPoints, vesna.RealisedPoints, vesna.PlannedCost, vesna.SpentCost));
        Assert.Equal((2, 2, 12m, true), (vesna.PlannedItems, vesna.RealisedPlannedItems, vesna.SupervisionHours, vesna.SupervisionMet));

        var dejan = year.People.Single(p => p.Staff.Id == _ids.Dejan);
        Assert.Equal((20m, 8m, 8m, 4m, 30_000m, 0m), (dejan.PlannedHours, dejan.RealisedHours, dejan.PlannedPoints, dejan.RealisedPoints, dejan.PlannedCost, dejan.SpentCost));
        Assert.Equal((2, 1, 7m, false), (dejan.PlannedItems, dejan.RealisedPlannedItems, dejan.SupervisionHours, dejan.SupervisionMet));

        Assert.Equal((38m, 26m, 26m, 26m, 22m), (year.PlannedHours, year.RealisedHours, year.CountedHours, year.PlannedPoints, year.RealisedPoints));
        Assert.Equal((54_000m, 24_000m), (year.PlannedCost, year.SpentCost));
        Assert.Equal((4, 12m, 20m, 17m, 1), (year.SupervisionSessions, year.SupervisionHours, year.SupervisionTarget, year.SupervisionCounted, year.SupervisionMet));
        var funding = year.Funding.ToDictionary(f => f.Name!);
        Assert.Equal((24_000m, 0m, 24_000m), (funding["Буџет (2018)"].Planned, funding["Буџет (2018)"].Committed, funding["Буџет (2018)"].Spent));
        Assert.Equal((30_000m, 30_000m, 0m), (funding["Донатор (2018)"].Planned, funding["Донатор (2018)"].Committed, funding["Донатор (2018)"].Spent));
    }

    [Fact]
    public async Task The_work_plan_rates_supervision_and_staff_development_from_these_records()
    {
        var rated = await Service<PlanFulfilment, FulfilmentService>(async s => await s.FulfilmentAsync((await s.PlanAsync(StaffScenario.Year))!));
        // 17 of 20 supervision hours (85 %): at risk; 26 of 38 planned hours (68 %): behind.
        Assert.Equal(FulfilmentStatus.AtRisk, rated.Activities[_ids.SupervisionActivity].Status);
        Assert.Equal(FulfilmentStatus.Behind, rated.Activities[_ids.DevelopmentActivity].Status);

        using var web = new WebSession(_app);
        await web.SignInAsRoleAsync("Management");
        var page = await web.GetPageAsync($"/plans/{StaffScenario.Year}");
        Assert.Contains("Супервизија: 4 сусрета, 12 сати · циљ од 10 сати по особи достигло је 1 од 2", page);
        Assert.Contains("План стручног усавршавања (одобрен): сати 26 од планираних 38 · бодови 22 од 26", page);
    }

    [Fact]
    public async Task The_dashboard_rates_these_activities_within_its_ten_SQL_commands()
    {
        using var web = new WebSession(_app);
        await web.SignInAsRoleAsync("Management");
        await web.GetPageAsync($"/dashboard?year={StaffScenario.Year}");
        using var counter = await Training.Infrastructure.Persistence.SqlCommandCounter.StartAsync();
        var page = await web.GetPageAsync($"/dashboard?year={StaffScenario.Year}");
        Assert.Contains("Супервизија: 4 сусрета, 12 сати", page);
        Assert.True(counter.Count <= 10, $"{counter.Count} SQL commands");
    }

    [Fact]
    public async Task Licence_points_count_every_training_that_ended_within_the_licence_period()
    {
        var record = (await Service<StaffRecord?, StaffRecordService>(s => s.RecordAsync(_ids.Vesna, StaffScenario.Year)))!;
        Assert.Equal((26m, 120m, 94m, new DateOnly(2014, 6, 30)), (record.Licence!.Earned, record.Licence.Required, record.Licence.Missing, record.Licence.PeriodStart));
        // The 2017 session is in the history, not in the year.
        Assert.Equal(3, record.History.Count);
        Assert.Contains(record.History, h => h.StartsOn == new DateOnly(2017, 10, 10) && h.Points == 8);
        Assert.Equal(18m, record.Person.RealisedHours);
        var dejan = (await Service<StaffRecord?, StaffRecordService>(s => s.RecordAsync(_ids.Dejan, StaffScenario.Year)))!;
        Assert.Null(dejan.Licence);
    }

    [Fact]
    public async Task Attendance_at_a_session_of_this_system_is_picked_up_by_email_and_dropped_when_corrected()
    {
        // Дејан's 2 h on 6 March count; marked present the whole day he completes the session and earns its 8 points.
        _app.Scoped(db =>
        {
            var record = db.Attendance.Single(a => a.SessionId == _ids.Session2018 && a.ParticipantId == db.Participants.Single(p => p.Email == StaffScenario.DejanEmail).Id);
            var session = db.Sessions.Single(s => s.Id == _ids.Session2018);
            var day = db.SessionDays.Single(d => d.TrainingSessionId == _ids.Session2018);
            record.Set(session, day, AttendanceMark.Present, null, "coordinator@demo.local", DateTime.UtcNow);
            db.SaveChanges();
            return 0;
        });
        try
        {
            var dejan = (await Service<StaffRecord?, StaffRecordService>(s => s.RecordAsync(_ids.Dejan, StaffScenario.Year)))!;
            Assert.Equal((12m, 12m), (dejan.Person.RealisedHours, dejan.Person.RealisedPoints));
            var line = dejan.History.Single(h => h.SessionId == _ids.Session2018);
            Assert.Equal((6m, 8m, DevelopmentKind.Internal), (line.Hours, line.Points, line.Kind));

            SetDejan(AttendanceMark.Absent, null);
            dejan = (await Service<StaffRecord?, StaffRecordService>(s => s.RecordAsync(_ids.Dejan, StaffScenario.Year)))!;
            Assert.DoesNotContain(dejan.History, h => h.SessionId == _ids.Session2018);
            Assert.Equal(6m, dejan.Person.RealisedHours);
            Assert.False(dejan.Person.IsRealised(dejan.Person.Items.Single(i => i.Kind == DevelopmentKind.Internal)));
        }
        finally
        {
            SetDejan(AttendanceMark.Partial, 2);
        }
    }

    private void SetDejan(AttendanceMark mark, decimal? hours) => _app.Scoped(db =>
    {
        var participant = db.Participants.Single(p => p.Email == StaffScenario.DejanEmail).Id;
        var record = db.Attendance.Single(a => a.SessionId == _ids.Session2018 && a.ParticipantId == participant);
        record.Set(db.Sessions.Single(s => s.Id == _ids.Session2018), db.SessionDays.Single(d => d.TrainingSessionId == _ids.Session2018), mark, hours,
            "coordinator@demo.local", DateTime.UtcNow);
        return db.SaveChanges();
    });

    [Fact]
    public async Task A_staff_member_sees_their_own_record_and_nobody_elses()
    {
        using var web = new WebSession(_app);
        Assert.Equal(HttpStatusCode.Redirect, (await web.SignInAsync(StaffScenario.DejanEmail)).StatusCode);
        var mine = await web.GetPageAsync($"/me?year={StaffScenario.Year}");
        Assert.Contains("Дејан Дамњановић", mine);
        Assert.Contains("Национални механизам упућивања", mine);
        Assert.DoesNotContain("Рад са трауматизованом децом", mine);

        // The group session he attended: its notes are his to read, and the reading is logged. Весна's individual one is not there at all.
        Assert.Contains(StaffScenario.GroupNotes, await web.GetPageAsync($"/me/supervision/{_ids.GroupSession}"));
        Assert.True(_app.Scoped(db => db.AuditLog.Any(a => a.Action == "Supervision.NotesRead" && a.SubjectId == _ids.GroupSession.ToString(CultureInfo.InvariantCulture) && a.Actor == StaffScenario.DejanEmail)));
        Assert.Equal(HttpStatusCode.NotFound, (await web.Client.GetAsync($"/me/supervision/{_ids.IndividualSession}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await web.Client.GetAsync($"/me/certificates/{_ids.VesnaExternal}")).StatusCode);
        foreach (var url in new[] { $"/staff/{_ids.Vesna}", "/staff", $"/development/{StaffScenario.Year}", $"/supervision/{_ids.IndividualSession}",
                     $"/development/items/{_ids.VesnaExternal}/certificate" })
        {
            var response = await web.Client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/account/access-denied", response.Headers.Location!.ToString());
        }
    }

    [Theory]
    [InlineData("Management", true)]
    [InlineData("Coordinator", false)]
    [InlineData("Administrator", false)]
    public async Task Only_management_reads_supervision_notes(string role, bool allowed)
    {
        using var web = new WebSession(_app);
        await web.SignInAsRoleAsync(role);
        var response = await web.Client.GetAsync($"/supervision/{_ids.IndividualSession}");
        if (allowed)
            Assert.Contains(StaffScenario.IndividualNotes, await response.Content.ReadAsStringAsync());
        else
            Assert.Contains("/account/access-denied", response.Headers.Location!.ToString());
        // The person's page, open to coordinators, shows the session but never its notes.
        var person = await web.GetPageAsync($"/staff/{_ids.Vesna}?year={StaffScenario.Year}");
        Assert.DoesNotContain(StaffScenario.IndividualNotes, person);
        Assert.Equal(allowed, person.Contains($"/supervision/{_ids.IndividualSession}\""));
    }
}
