using Training.Domain.Participants;
using Training.Tests.Support;

namespace Training.Tests.Features;

/// <summary>Every search box finds Niš, Čačak, Zaječar and Đorđević when typed "Nis", "Cacak", "Zajecar", "Djordjevic", in either script.</summary>
public sealed class SearchWithoutDiacriticsTests : IClassFixture<TrainingAppFactory>
{
    private readonly TrainingAppFactory _app;

    public SearchWithoutDiacriticsTests(TrainingAppFactory app) => _app = app;

    [Fact]
    public async Task The_directory_finds_towns_typed_without_diacritics()
    {
        using var web = new WebSession(_app);
        await web.SignInAsRoleAsync("Coordinator");
        var nis = await web.GetPageAsync("/directory?search=Nis");
        Assert.Contains("Центар за социјални рад Ниш", nis);
        Assert.DoesNotContain("Центар за социјални рад Чачак", nis);
        Assert.Contains("Зајечар", await web.GetPageAsync("/directory?search=Zajecar"));
    }

    [Fact]
    public async Task The_participant_list_finds_names_in_either_script()
    {
        _app.Scoped(db =>
        {
            db.Participants.Add(new Participant("Ђорђе Ђорђевић", "djordje.djordjevic@primer.test", "sr-Cyrl-RS"));
            db.Participants.Add(new Participant("Dragan Đorđević", "dragan.djordjevic@primer.test", "sr-Latn-RS"));
            db.Participants.Add(new Participant("Милан Васић", "milan.vasic@primer.test", "sr-Cyrl-RS"));
            return db.SaveChanges();
        });
        using var web = new WebSession(_app);
        await web.SignInAsRoleAsync("Coordinator");
        var found = await web.GetPageAsync("/participants?search=Djordjevic");
        Assert.Contains("Ђорђе Ђорђевић", found);
        Assert.Contains("Dragan Đorđević", found);
        Assert.DoesNotContain("Милан Васић", found);
        Assert.Contains("Dragan Đorđević", await web.GetPageAsync("/participants?search=%D0%82%D0%BE%D1%80%D1%92%D0%B5%D0%B2%D0%B8%D1%9B"));
    }

    [Fact]
    public async Task Sessions_and_programmes_are_found_without_diacritics()
    {
        var sessionId = OpenSession.Create(_app, capacity: 10);
        _app.Scoped(db =>
        {
            db.Sessions.Single(s => s.Id == sessionId).Rename("Радионица у Чачку", "sr-Cyrl-RS");
            return db.SaveChanges();
        });
        using var web = new WebSession(_app);
        await web.SignInAsRoleAsync("Coordinator");
        var sessions = await web.GetPageAsync("/sessions?search=cacku");
        Assert.Contains("Радионица у Чачку", sessions);
        Assert.DoesNotContain(">Препознавање жртава трговине људима међу мигрантима</a>", sessions);
        Assert.Contains("Вештине планирања у раду са жртвама трговине људима", await web.GetPageAsync("/programmes?search=Vestine%20planiranja"));
    }
}
