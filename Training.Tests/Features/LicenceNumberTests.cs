using System.Net;
using Training.Domain.Common;
using Training.Domain.Participants;
using Training.Domain.Programmes;
using Training.Tests.Support;

namespace Training.Tests.Features;

/// <summary>The licence number: asked, optionally and with its reason, only where the Institute's points count for a licence.</summary>
public sealed class LicenceNumberTests : IClassFixture<TrainingAppFactory>
{
    private readonly TrainingAppFactory _app;

    public LicenceNumberTests(TrainingAppFactory app) => _app = app;

    private int Programme(string? bodyCode) => _app.Scoped(db =>
    {
        var programme = Build.Programme($"Лиценца {Guid.NewGuid():N}"[..30]);
        if (bodyCode is not null)
            programme.Accredit(db.AccreditingBodies.Single(b => b.Code == bodyCode), new AccreditationTerms("110-7", null, 8, null, null, null, SectorSet.Empty));
        db.Programmes.Add(programme);
        db.SaveChanges();
        return programme.Id;
    });

    [Fact]
    public async Task Only_a_programme_accredited_for_social_protection_asks_for_it_and_says_why()
    {
        var asked = OpenSession.Invite(_app, OpenSession.Create(_app, 5, programmeId: Programme(AccreditingBodyCodes.SocialProtection)), 1, "licence-asked")[0];
        var school = OpenSession.Invite(_app, OpenSession.Create(_app, 5, programmeId: Programme("Education")), 1, "licence-school")[0];
        var none = OpenSession.Invite(_app, OpenSession.Create(_app, 5, programmeId: Programme(null)), 1, "licence-none")[0];
        using var web = new WebSession(_app);

        var page = await web.GetPageAsync($"/r/{asked}");
        Assert.Contains("name=\"LicenceNumber\"", page);
        Assert.Contains("Број лиценце (необавезно)", page);
        Assert.Contains("да би Вам бодови били признати за обнављање лиценце", page);
        Assert.DoesNotContain("name=\"LicenceNumber\"", await web.GetPageAsync($"/r/{school}"));
        Assert.DoesNotContain("name=\"LicenceNumber\"", await web.GetPageAsync($"/r/{none}"));
        Assert.Contains("Број лиценце уносите по жељи", await web.GetPageAsync("/privacy"));
    }

    [Fact]
    public async Task A_wrong_number_is_refused_next_to_the_field_keeping_the_form_and_a_right_one_is_kept_on_the_person()
    {
        var sessionId = OpenSession.Create(_app, 5, programmeId: Programme(AccreditingBodyCodes.SocialProtection));
        var token = OpenSession.Invite(_app, sessionId, 1, "licence-form")[0];
        using var web = new WebSession(_app);
        var fields = OpenSession.RegistrationFields("Весна Лазић", "licence-form0@example.rs");
        fields["LicenceAsked"] = "true";
        fields["LicenceNumber"] = "<b>!</b>";
        var refused = await web.PostFormAsync($"/r/{token}", $"/r/{token}", fields);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Matches("id=\"LicenceNumber-error\"[^>]*>Број лиценце може садржати слова, цифре", page);
        Assert.Contains("value=\"Весна Лазић\"", page);
        Assert.Contains("value=\"социјални радник\"", page);
        Assert.DoesNotContain("<b>!</b>", page);
        Assert.Equal(0, _app.Scoped(db => db.Registrations.Count(r => r.SessionId == sessionId)));

        fields["LicenceNumber"] = " сз 0042/2019 ";
        Assert.Equal(HttpStatusCode.Redirect, (await web.PostFormAsync($"/r/{token}", $"/r/{token}", fields)).StatusCode);
        Assert.Equal("СЗ0042/2019", _app.Scoped(db => db.Participants.Single(p => p.Email == "licence-form0@example.rs").LicenceNumber));
        Assert.Contains("value=\"СЗ0042/2019\"", await web.GetPageAsync($"/r/{token}"));
    }

    [Theory]
    [InlineData("0042/2019", "0042/2019")]
    [InlineData("  ab-12.3 ", "AB-12.3")]
    [InlineData("", null)]
    public void Accepted_numbers_are_normalised(string typed, string? stored) => Assert.Equal(stored, Participant.NormaliseLicenceNumber(typed));

    [Theory]
    [InlineData("12")]
    [InlineData("ABCDEF")]
    [InlineData("-0042")]
    [InlineData("0042;DROP")]
    [InlineData("1234567890123456789012345678901")]
    public void Wrong_numbers_are_refused(string typed) =>
        Assert.Equal("Participant.LicenceNumberFormat", Assert.Throws<DomainException>(() => Participant.NormaliseLicenceNumber(typed)).MessageKey);
}
