using System.Net;
using Training.Tests.Support;

namespace Training.Tests.Features;

/// <summary>The accrediting bodies are reference data the coordinators keep: added and renamed on a page, refused when unclear.</summary>
public sealed class AccreditingBodyTests : IClassFixture<TrainingAppFactory>
{
    private readonly TrainingAppFactory _app;

    public AccreditingBodyTests(TrainingAppFactory app) => _app = app;

    [Fact]
    public async Task A_coordinator_adds_and_renames_a_body_and_an_unclear_one_is_refused_next_to_the_field()
    {
        using var coordinator = new WebSession(_app);
        await coordinator.SignInAsRoleAsync("Coordinator");
        const string page = "/programmes/accrediting-bodies";
        Assert.Contains("ЗУОВ", await coordinator.GetPageAsync(page));
        var before = _app.Scoped(db => db.AccreditingBodies.Count());

        var noAbbreviation = await (await coordinator.PostFormAsync(page, page, new Dictionary<string, string> { ["Name"] = "Комора медицинских сестара", ["Abbreviation"] = "" })).Content.ReadAsStringAsync();
        Assert.Contains("id=\"Abbreviation-error\">Ово поље је обавезно.", noAbbreviation);
        Assert.Contains("value=\"Комора медицинских сестара\"", noAbbreviation);
        var taken = await (await coordinator.PostFormAsync(page, page, new Dictionary<string, string> { ["Name"] = "Нешто друго", ["Abbreviation"] = "ZUOV" })).Content.ReadAsStringAsync();
        Assert.Contains("id=\"Abbreviation-error\">Тело са овим називом или скраћеницом већ постоји.", taken);
        Assert.Equal(before, _app.Scoped(db => db.AccreditingBodies.Count()));

        // Typed in Latin, kept in Cyrillic; the code comes from the abbreviation and stays.
        var added = await coordinator.PostFormAsync(page, page, new Dictionary<string, string>
        {
            ["Name"] = "Komora medicinskih sestara i zdravstvenih tehničara", ["Abbreviation"] = "KMSZT", ["AsksLicenceNumber"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var body = _app.Scoped(db => db.AccreditingBodies.Single(b => b.Code == "KMSZT"));
        Assert.Equal(("Комора медицинских сестара и здравствених техничара", "КМСЗТ", true), (body.Name, body.Abbreviation, body.AsksLicenceNumber));
        Assert.Contains("Komora medicinskih sestara i zdravstvenih tehničara", await coordinator.GetPageAsync($"{page}?culture=sr-Latn-RS"));

        await coordinator.PostFormAsync($"{page}?edit={body.Id}", $"{page}/{body.Id}", new Dictionary<string, string> { ["Name"] = "Комора медицинских сестара", ["Abbreviation"] = "КМС", ["AsksLicenceNumber"] = "false" });
        var renamed = _app.Scoped(db => db.AccreditingBodies.Single(b => b.Id == body.Id));
        Assert.Equal(("KMSZT", "Комора медицинских сестара", false), (renamed.Code, renamed.Name, renamed.AsksLicenceNumber));

        // Management reads programmes but does not keep the list.
        using var management = new WebSession(_app);
        await management.SignInAsRoleAsync("Management");
        await management.PostFormAsync("/programmes", page, new Dictionary<string, string> { ["Name"] = "Ново тело", ["Abbreviation"] = "НТ" });
        Assert.Equal(before + 1, _app.Scoped(db => db.AccreditingBodies.Count()));
    }
}
