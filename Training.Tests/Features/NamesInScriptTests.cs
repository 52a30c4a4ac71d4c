using System.Globalization;
using Training.Tests.Support;

namespace Training.Tests.Features;

/// <summary>A participant's name, like a town or an institution, is shown in the reader's script; only the certificate keeps it as written.</summary>
public sealed class NamesInScriptTests : IClassFixture<TrainingAppFactory>
{
    private readonly TrainingAppFactory _app;

    public NamesInScriptTests(TrainingAppFactory app) => _app = app;

    [Theory]
    [InlineData("sr-Latn-RS")]
    [InlineData("en")]
    public async Task Latin_and_English_pages_and_exports_show_the_name_in_Latin(string culture)
    {
        var held = HeldSession.Create(_app, [-1], ["Ђурђица Чолаковић"], delivered: true);
        using var web = new WebSession(_app, culture);
        await web.SignInAsRoleAsync("Coordinator");
        var attendance = $"/sessions/{held.SessionId}/attendance";
        await web.PostFormAsync(attendance, attendance, new Dictionary<string, string>
        {
            ["Marks[0].ParticipantId"] = held.People[0].ParticipantId.ToString(CultureInfo.InvariantCulture), ["Marks[0].DayId"] = held.DayIds[0].ToString(CultureInfo.InvariantCulture), ["Marks[0].Mark"] = "Present",
        });
        foreach (var page in new[]
                 {
                     "/participants?search=Colakovic", $"/participants/{held.People[0].ParticipantId}", $"/sessions/{held.SessionId}",
                     $"/sessions/{held.SessionId}/certificates", $"/sessions/{held.SessionId}/attendance",
                 })
        {
            var html = await web.GetPageAsync(page);
            Assert.True(html.Contains("Đurđica Čolaković"), page);
            Assert.DoesNotContain("Чолаковић", html);
        }
        var csv = await web.Client.GetStringAsync($"/sessions/{held.SessionId}/registrations/export.csv");
        Assert.Contains("Đurđica Čolaković", csv);
        Assert.DoesNotContain("Чолаковић", csv);
    }
}
