using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Training.Domain.Trainers;
using Training.Tests.Support;

namespace Training.Tests.Features;

/// <summary>Programmes, venues and trainers kept by the coordinator.</summary>
public sealed class CatalogueTests : IClassFixture<TrainingAppFactory>
{
    private readonly TrainingAppFactory _app;

    public CatalogueTests(TrainingAppFactory app) => _app = app;

    [Fact]
    public async Task Coordinator_creates_an_accredited_programme_and_archives_it()
    {
        using var web = new WebSession(_app);
        await web.SignInAsRoleAsync("Coordinator");
        var response = await web.PostFormAsync("/programmes/new", "/programmes/new", new Dictionary<string, string>
        {
            ["Title"] = "Идентификација жртава принудног брака",
            ["DurationDays"] = "1",
            ["DurationHours"] = "5.5",
            ["DefaultCapacity"] = "20",
            ["Language"] = "sr-Cyrl-RS",
            ["TargetSectors"] = "SocialWorkCentre",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var programme = _app.Scoped(db => db.Programmes.Single(p => p.Title == "Идентификација жртава принудног брака"));
        Assert.Equal((5.5m, "SocialWorkCentre"), (programme.DurationHours, programme.TargetSectorCodes));

        var bodies = _app.Scoped(db => db.AccreditingBodies.OrderBy(b => b.SortOrder).Select(b => new { b.Id, b.Code }).ToList());
        Assert.Equal(["SocialProtection", "Education", "Health"], bodies.Select(b => b.Code));
        var added = await web.PostFormAsync($"/programmes/{programme.Id}/accreditations/new", $"/programmes/{programme.Id}/accreditations/new", new Dictionary<string, string>
        {
            ["AccreditingBodyId"] = bodies[0].Id.ToString(CultureInfo.InvariantCulture), ["Number"] = "110-00-77/2026", ["ParticipantPoints"] = "6", ["TrainerPoints"] = "10",
            ["ValidFrom"] = "2026-01-01", ["ValidUntil"] = "2031-12-31", ["Audience"] = "SocialWorkCentre",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        await web.PostFormAsync($"/programmes/{programme.Id}/accreditations/new", $"/programmes/{programme.Id}/accreditations/new", new Dictionary<string, string>
        {
            ["AccreditingBodyId"] = bodies[1].Id.ToString(CultureInfo.InvariantCulture), ["Number"] = "455", ["ParticipantPoints"] = "16", ["Audience"] = "School",
        });
        var accreditations = _app.Scoped(db => db.ProgrammeAccreditations.Where(a => a.ProgrammeId == programme.Id).OrderBy(a => a.Id).ToList());
        Assert.Equal([("110-00-77/2026", 6m, (decimal?)10m, "SocialWorkCentre"), ("455", 16m, null, "School")],
            accreditations.Select(a => (a.Number, a.ParticipantPoints, a.TrainerPoints, a.AudienceSectorCodes)));
        var details = await web.GetPageAsync($"/programmes/{programme.Id}");
        Assert.Contains("Републички завод за социјалну заштиту", details);
        Assert.Contains("Завод за унапређивање образовања и васпитања", details);
        Assert.Contains("16 бодова", details);
        Assert.Contains("РЗСЗ 110-00-77/2026, ЗУОВ 455", await web.GetPageAsync("/programmes"));

        await web.PostFormAsync($"/programmes/{programme.Id}", $"/programmes/{programme.Id}/archive", new Dictionary<string, string> { ["archived"] = "true" });
        Assert.True(_app.Scoped(db => db.Programmes.Single(p => p.Id == programme.Id).IsArchived));
        Assert.DoesNotContain("Идентификација жртава принудног брака", await web.GetPageAsync("/programmes"));
        Assert.Contains("Идентификација жртава принудног брака", await web.GetPageAsync("/programmes?archived=true"));
    }

    [Theory]
    [InlineData("", "110-1", "6", "", "AccreditingBodyId", "Ово поље је обавезно.")]
    [InlineData("body", " ", "6", "", "Number", "Ово поље је обавезно.")]
    [InlineData("body", "110-1", "-1", "", "ParticipantPoints", "Вредност не сме бити негативна.")]
    [InlineData("body", "110-1", "6", "2025-12-31", "ValidUntil", "Важење акредитације не може престати пре него што почне.")]
    public async Task A_wrong_accreditation_is_refused_next_to_its_field_and_nothing_is_saved(string body, string number, string points, string until, string field, string message)
    {
        using var web = new WebSession(_app);
        await web.SignInAsRoleAsync("Coordinator");
        var programme = _app.Scoped(db => db.Programmes.OrderBy(p => p.Id).First().Id);
        var bodyId = _app.Scoped(db => db.AccreditingBodies.Single(b => b.Code == "SocialProtection").Id);
        var before = _app.Scoped(db => db.ProgrammeAccreditations.Count());
        var url = $"/programmes/{programme}/accreditations/new";
        var response = await web.PostFormAsync(url, url, new Dictionary<string, string>
        {
            ["AccreditingBodyId"] = body == "" ? "" : bodyId.ToString(CultureInfo.InvariantCulture), ["Number"] = number, ["ParticipantPoints"] = points,
            ["ValidFrom"] = "2026-01-01", ["ValidUntil"] = until, ["AccreditedTitle"] = "Сачуван наслов",
        });
        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches($"id=\"{field}-error\"[^>]*>{System.Text.RegularExpressions.Regex.Escape(message)}<", page);
        Assert.Contains("value=\"Сачуван наслов\"", page);
        Assert.Equal(before, _app.Scoped(db => db.ProgrammeAccreditations.Count()));
    }

    [Fact]
    public async Task Coordinator_adds_a_venue()
    {
        var municipality = _app.Scoped(db => db.Municipalities.Single(m => m.Code == "cacak").Id);
        using var web = new WebSession(_app);
        await web.SignInAsRoleAsync("Coordinator");
        var response = await web.PostFormAsync("/venues/new", "/venues/new", new Dictionary<string, string>
        {
            ["Name"] = "Дом културе Чачак", ["Address"] = "Градско шеталиште бб", ["MunicipalityId"] = municipality.ToString(CultureInfo.InvariantCulture), ["Capacity"] = "120",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Дом културе Чачак", await web.GetPageAsync("/venues?page=1"));
    }

    [Fact]
    public async Task Coordinator_adds_a_trainer_with_an_unavailable_period()
    {
        using var web = new WebSession(_app);
        await web.SignInAsRoleAsync("Coordinator");
        var response = await web.PostFormAsync("/trainers/new", "/trainers/new", new Dictionary<string, string>
        {
            ["FullName"] = "Весна Николић", ["Kind"] = "External", ["Institution"] = "НВО Астра", ["DailyFee"] = "14000.50", ["IsActive"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var trainer = _app.Scoped(db => db.Trainers.Single(t => t.FullName == "Весна Николић"));
        Assert.Equal((TrainerKind.External, 14000.50m), (trainer.Kind, trainer.DailyFee));

        var wrong = await web.PostFormAsync($"/trainers/{trainer.Id}", $"/trainers/{trainer.Id}/unavailable", new Dictionary<string, string> { ["Unavailable.From"] = "2031-05-10", ["Unavailable.To"] = "2031-05-01" });
        Assert.Contains("Крај периода мора бити на дан почетка или после њега.", await wrong.Content.ReadAsStringAsync());
        await web.PostFormAsync($"/trainers/{trainer.Id}", $"/trainers/{trainer.Id}/unavailable", new Dictionary<string, string> { ["Unavailable.From"] = "2031-05-01", ["Unavailable.To"] = "2031-05-10", ["Unavailable.Reason"] = "Конференција" });
        Assert.Equal(1, _app.Scoped(db => db.Trainers.Include(t => t.Unavailability).Single(t => t.Id == trainer.Id).Unavailability.Count));
    }
}
