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
            ["AccreditationNumber"] = "110-00-77/2026",
            ["AccreditationPoints"] = "6",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var programme = _app.Scoped(db => db.Programmes.Single(p => p.Title == "Идентификација жртава принудног брака"));
        Assert.Equal((5.5m, 6m, "SocialWorkCentre"), (programme.DurationHours, programme.AccreditationPoints!.Value, programme.TargetSectorCodes));

        await web.PostFormAsync($"/programmes/{programme.Id}", $"/programmes/{programme.Id}/archive", new Dictionary<string, string> { ["archived"] = "true" });
        Assert.True(_app.Scoped(db => db.Programmes.Single(p => p.Id == programme.Id).IsArchived));
        Assert.DoesNotContain("Идентификација жртава принудног брака", await web.GetPageAsync("/programmes"));
        Assert.Contains("Идентификација жртава принудног брака", await web.GetPageAsync("/programmes?archived=true"));
    }

    [Fact]
    public async Task Accreditation_without_points_is_refused()
    {
        using var web = new WebSession(_app);
        await web.SignInAsRoleAsync("Coordinator");
        var response = await web.PostFormAsync("/programmes/new", "/programmes/new", new Dictionary<string, string>
        {
            ["Title"] = "Без бодова", ["DurationDays"] = "1", ["DurationHours"] = "6", ["DefaultCapacity"] = "20", ["AccreditationNumber"] = "110-1",
        });
        Assert.Contains("Акредитовани програм мора имати број бодова већи од нуле.", await response.Content.ReadAsStringAsync());
        Assert.False(_app.Scoped(db => db.Programmes.Any(p => p.Title == "Без бодова")));
    }

    [Fact]
    public async Task Coordinator_adds_a_venue()
    {
        var municipality = _app.Scoped(db => db.Municipalities.Single(m => m.Code == "cacak").Id);
        using var web = new WebSession(_app);
        await web.SignInAsRoleAsync("Coordinator");
        var response = await web.PostFormAsync("/venues/new", "/venues/new", new Dictionary<string, string>
        {
            ["Name"] = "Дом културе Чачак", ["Address"] = "Градско шеталиште бб", ["MunicipalityId"] = municipality.ToString(), ["Capacity"] = "120",
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
