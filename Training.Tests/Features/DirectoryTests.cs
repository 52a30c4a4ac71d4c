using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Training.Tests.Support;

namespace Training.Tests.Features;

public sealed class DirectoryTests : IClassFixture<TrainingAppFactory>
{
    private readonly TrainingAppFactory _app;

    public DirectoryTests(TrainingAppFactory app) => _app = app;

    private (int Sector, int Municipality) Ids() => _app.Scoped(db =>
        (db.Sectors.Single(s => s.Code == "School").Id, db.Municipalities.Single(m => m.Code == "kragujevac").Id));

    [Fact]
    public async Task Coordinator_adds_an_institution()
    {
        var (sector, municipality) = Ids();
        using var web = new WebSession(_app);
        await web.SignInAsRoleAsync("Coordinator");
        var response = await web.PostFormAsync("/directory/new", "/directory/new", new Dictionary<string, string>
        {
            ["Name"] = "ОШ „Свети Сава“ Крагујевац",
            ["SectorId"] = sector.ToString(CultureInfo.InvariantCulture),
            ["MunicipalityId"] = municipality.ToString(CultureInfo.InvariantCulture),
            ["Email"] = "Skola@Example.RS",
            ["IsActive"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = _app.Scoped(db => db.Organisations.Include(o => o.Municipality).Single(o => o.Name == "ОШ „Свети Сава“ Крагујевац"));
        Assert.Equal("skola@example.rs", saved.Email);
        Assert.Equal("kragujevac", saved.Municipality.Code);

        var list = await web.GetPageAsync("/directory?search=Sveti%20Sava");
        Assert.Contains("ОШ „Свети Сава“ Крагујевац", list);
    }

    [Fact]
    public async Task Invalid_institution_is_refused_next_to_its_fields_and_nothing_is_saved()
    {
        var before = _app.Scoped(db => db.Organisations.Count());
        using var web = new WebSession(_app);
        await web.SignInAsRoleAsync("Coordinator");
        var response = await web.PostFormAsync("/directory/new", "/directory/new", new Dictionary<string, string>
        {
            ["Name"] = "",
            ["SectorId"] = "",
            ["MunicipalityId"] = "",
            ["Email"] = "not-an-email",
        });
        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Ово поље је обавезно.", page);
        Assert.Contains("Унесите исправну адресу е-поште.", page);
        Assert.Equal(before, _app.Scoped(db => db.Organisations.Count()));
    }

    [Fact]
    public async Task Duplicate_name_in_a_municipality_is_refused()
    {
        var (_, _) = Ids();
        var (sector, municipality) = _app.Scoped(db => (db.Sectors.Single(s => s.Code == "SocialWorkCentre").Id, db.Municipalities.Single(m => m.Code == "nis").Id));
        using var web = new WebSession(_app);
        await web.SignInAsRoleAsync("Coordinator");
        var response = await web.PostFormAsync("/directory/new", "/directory/new", new Dictionary<string, string>
        {
            ["Name"] = "Центар за социјални рад Ниш",
            ["SectorId"] = sector.ToString(CultureInfo.InvariantCulture),
            ["MunicipalityId"] = municipality.ToString(CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("већ постоји институција са тим називом", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Management_reads_but_cannot_post_changes()
    {
        var (sector, municipality) = Ids();
        using var web = new WebSession(_app);
        await web.SignInAsRoleAsync("Management");
        Assert.Contains("Центар за социјални рад Ниш", await web.GetPageAsync("/directory?search=Ниш"));
        var response = await web.PostFormAsync("/directory", "/directory/new", new Dictionary<string, string>
        {
            ["Name"] = "Забрањена", ["SectorId"] = sector.ToString(CultureInfo.InvariantCulture), ["MunicipalityId"] = municipality.ToString(CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("access-denied", response.Headers.Location!.ToString());
        Assert.False(_app.Scoped(db => db.Organisations.Any(o => o.Name == "Забрањена")));
    }

    [Fact]
    public async Task Directory_is_filtered_by_district_and_paged()
    {
        var belgrade = _app.Scoped(db => db.Districts.Single(d => d.Code == "BG").Id);
        using var web = new WebSession(_app);
        await web.SignInAsRoleAsync("Coordinator");
        var page = await web.GetPageAsync($"/directory?district={belgrade}");
        Assert.Contains("Градски центар за социјални рад Београд – Одељење Вождовац", page);
        Assert.DoesNotContain("Центар за социјални рад Ниш", page);
        var all = await web.GetPageAsync("/directory");
        Assert.Contains("Страна 1 од", all);
    }
}
