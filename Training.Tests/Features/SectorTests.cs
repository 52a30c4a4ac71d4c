using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Training.Domain.Attendance;
using Training.Domain.Organisations;
using Training.Domain.Participants;
using Training.Domain.Registrations;
using Training.Domain.Sessions;
using Training.Tests.Support;
using Training.Web.Features.Dashboard;

namespace Training.Tests.Features;

/// <summary>
/// Sectors are reference data: an administrator adds and renames them in Serbian and English without a change to the
/// code, and every page names them from there. An institution may serve several municipalities, and coverage counts each.
/// </summary>
public sealed class SectorTests : IClassFixture<TrainingAppFactory>
{
    private readonly TrainingAppFactory _app;

    public SectorTests(TrainingAppFactory app) => _app = app;

    [Fact]
    public async Task An_administrator_adds_and_renames_a_sector_and_every_language_names_it_from_there()
    {
        using var admin = new WebSession(_app);
        await admin.SignInAsRoleAsync("Administrator");
        const string page = "/directory/sectors";
        var list = await admin.GetPageAsync(page);
        // The sectors the plan names beyond the first ones are there from the seed.
        Assert.Contains("Тужилаштва и судови", list);
        Assert.Contains("Национална служба за запошљавање", list);

        var empty = await (await admin.PostFormAsync(page, page, new Dictionary<string, string> { ["Name"] = "Правосудна академија", ["NameEnglish"] = "" })).Content.ReadAsStringAsync();
        Assert.Contains("id=\"NameEnglish-error\">Ово поље је обавезно.", empty);
        Assert.Contains("value=\"Правосудна академија\"", empty);
        var taken = await (await admin.PostFormAsync(page, page, new Dictionary<string, string> { ["Name"] = "Policija", ["NameEnglish"] = "Police officers" })).Content.ReadAsStringAsync();
        Assert.Contains("id=\"Name-error\">Сектор са овим називом већ постоји.", taken);
        var before = _app.Scoped(db => db.Sectors.Count());

        // Typed in Latin, kept in Cyrillic; the code comes from the English name.
        var added = await admin.PostFormAsync(page, page, new Dictionary<string, string> { ["Name"] = "Pravosudna akademija", ["NameEnglish"] = "Judicial Academy" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var sector = _app.Scoped(db => db.Sectors.Single(s => s.Code == "JudicialAcademy"));
        Assert.Equal(("Правосудна академија", before + 1), (sector.Name, _app.Scoped(db => db.Sectors.Count())));

        using var coordinator = new WebSession(_app);
        await coordinator.SignInAsRoleAsync("Coordinator");
        Assert.Contains(">Правосудна академија</option>", await coordinator.GetPageAsync("/sessions"));
        Assert.Contains(">Pravosudna akademija</option>", await coordinator.GetPageAsync("/sessions?culture=sr-Latn-RS"));
        Assert.Contains(">Judicial Academy</option>", await coordinator.GetPageAsync("/sessions?culture=en"));

        var renamed = await admin.PostFormAsync($"{page}?edit={sector.Id}", $"{page}/{sector.Id}", new Dictionary<string, string> { ["Name"] = "Правосудна академија Србије", ["NameEnglish"] = "Judicial Academy of Serbia" });
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Equal("JudicialAcademy", _app.Scoped(db => db.Sectors.Single(s => s.Id == sector.Id).Code));
        Assert.Contains(">Правосудна академија Србије</option>", await coordinator.GetPageAsync("/sessions"));

        // Only an administrator keeps the list.
        var denied = await coordinator.PostFormAsync("/sessions", page, new Dictionary<string, string> { ["Name"] = "Ново", ["NameEnglish"] = "New" });
        Assert.NotEqual(HttpStatusCode.OK, denied.StatusCode);
        Assert.Equal(before + 1, _app.Scoped(db => db.Sectors.Count()));
    }

    [Fact]
    public async Task A_centre_serving_three_municipalities_covers_each_once_someone_from_it_is_trained()
    {
        var (sectorCode, organisationId, served) = _app.Scoped(db =>
        {
            var sector = new Sector("CoverageTestSector", "Сектор покривености", "Coverage test sector", 99);
            db.Sectors.Add(sector);
            var municipalities = db.Municipalities.OrderBy(m => m.Id).Take(3).ToList();
            var centre = new Organisation("Међуопштински центар за социјални рад", sector, municipalities[0]);
            centre.Serve([municipalities[1].Id, municipalities[2].Id, municipalities[0].Id]);
            db.Organisations.Add(centre);
            db.SaveChanges();
            return (sector.Code, centre.Id, municipalities.Select(m => m.Name).ToList());
        });
        Assert.Equal(2, _app.Scoped(db => db.Set<ServedMunicipality>().Count(s => s.OrganisationId == organisationId)));
        Assert.Equal(served.Order(), (await UncoveredAsync(sectorCode)).Order());

        _app.Scoped(db =>
        {
            var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-10);
            var session = new TrainingSession(db.Programmes.OrderBy(p => p.Id).First(), [new DayPlan(day, new TimeOnly(9, 0), new TimeOnly(15, 0))], 20);
            db.Sessions.Add(session);
            var person = new Participant("Зоран Зорић", $"{Guid.NewGuid():N}"[..12] + "@example.rs", "sr-Cyrl-RS");
            person.UpdateDetails("Зоран Зорић", organisationId, null, null, null, "sr-Cyrl-RS");
            db.Participants.Add(person);
            db.SaveChanges();
            db.Registrations.Add(new Registration(session.Id, person.Id, true, Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)), null, null, DateTime.UtcNow));
            db.Attendance.Add(AttendanceRecord.Record(session, session.Days.Single(), person, AttendanceMark.Present, null, false, "coordinator@demo.local", DateTime.UtcNow));
            db.SaveChanges();
            return 0;
        });
        Assert.Empty(await UncoveredAsync(sectorCode));
    }

    private async Task<IReadOnlyList<string>> UncoveredAsync(string sector)
    {
        IReadOnlyList<string> names = [];
        await _app.WithScopeAsync(async services =>
        {
            var page = await services.GetRequiredService<DashboardService>().CoverageAsync(new CoverageFilter { Sector = sector, Years = 3 });
            names = page.Districts.SelectMany(d => d.UncoveredMunicipalities).ToList();
        });
        return names;
    }
}
