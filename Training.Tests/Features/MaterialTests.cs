using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Training.Infrastructure.Email;
using Training.Tests.Infrastructure;
using Training.Tests.Support;

namespace Training.Tests.Features;

/// <summary>Materials through the real app: uploads refused or kept, and who may download what, by guessing URLs too.</summary>
public sealed partial class MaterialTests : IClassFixture<TrainingAppFactory>
{
    private readonly TrainingAppFactory _app;

    public MaterialTests(TrainingAppFactory app) => _app = app;

    private async Task<WebSession> CoordinatorAsync()
    {
        var web = new WebSession(_app);
        await web.SignInAsRoleAsync("Coordinator");
        return web;
    }

    private static Dictionary<string, string> Describe(string title, string visibility) => new()
    {
        ["Form.Title"] = title, ["Form.Kind"] = "Handout", ["Form.Language"] = "sr-Cyrl-RS", ["Form.Visibility"] = visibility,
    };

    private async Task<int> UploadAsync(WebSession web, int sessionId, string title, string visibility, string fileName, byte[] content)
    {
        var url = $"/sessions/{sessionId}/materials";
        var response = await web.PostFileAsync(url, url, Describe(title, visibility), "Form.File", fileName, content);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, Regex.Match(await response.Content.ReadAsStringAsync(), "field-validation-error[^>]*>([^<]+)<|alert-danger[^>]*>(.*?)</div>", RegexOptions.Singleline).Value);
        return _app.Scoped(db => db.Materials.Single(m => m.SessionId == sessionId && m.Title == title).Id);
    }

    [Theory]
    [InlineData("program.exe", "Дозвољене су само датотеке PDF, DOCX, PPTX, XLSX, PNG и JPG.")]
    [InlineData("upute.pdf", "Садржај датотеке није PDF")]
    [InlineData("../upute.pdf", "Назив датотеке не сме садржати путању")]
    public async Task A_refused_upload_says_why_and_stores_nothing(string fileName, string message)
    {
        var held = HeldSession.Create(_app, [3], ["Нина Ранковић"]);
        using var web = await CoordinatorAsync();
        var url = $"/sessions/{held.SessionId}/materials";
        var content = fileName == "upute.pdf" ? "MZ this is really a program"u8.ToArray() : UploadInspectorTests.Pdf();
        var response = await web.PostFileAsync(url, url, Describe("Упутство", "Participants"), "Form.File", fileName, content);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("id=\"Form_File-error\">" + System.Net.WebUtility.HtmlEncode(message).Replace("&#x2019;", "’"), page.Replace("&#x2019;", "’"));
        Assert.Equal(0, _app.Scoped(db => db.Materials.Count(m => m.SessionId == held.SessionId)));
        Assert.Empty(StoredFiles.Orphans(_app));
    }

    [Fact]
    public async Task Participants_get_only_what_is_shared_with_their_own_session()
    {
        var mine = HeldSession.Create(_app, [5], ["Лидија Петковић"]);
        var other = HeldSession.Create(_app, [6], ["Огњен Јовић"]);
        using var web = await CoordinatorAsync();
        var pdf = UploadInspectorTests.Pdf();
        var handout = await UploadAsync(web, mine.SessionId, "Приручник за учеснике", "Participants", "prirucnik.pdf", pdf);
        var internalNotes = await UploadAsync(web, mine.SessionId, "Белешке тренера", "Internal", "beleske.pdf", pdf);
        var otherHandout = await UploadAsync(web, other.SessionId, "Туђи приручник", "Participants", "tudji.pdf", pdf);

        using var participant = new WebSession(_app);
        var page = await participant.GetPageAsync($"/r/{mine.People[0].Token}");
        Assert.Contains("Приручник за учеснике", page);
        Assert.DoesNotContain("Белешке тренера", page);
        var download = await participant.Client.GetAsync($"/r/{mine.People[0].Token}/materials/{handout}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);

        foreach (var url in new[]
        {
            $"/r/{mine.People[0].Token}/materials/{internalNotes}",
            $"/r/{mine.People[0].Token}/materials/{otherHandout}",
            $"/r/{other.People[0].Token}/materials/{handout}",
            $"/materials/{handout}/public",
        })
            Assert.Equal(HttpStatusCode.NotFound, (await participant.Client.GetAsync(url)).StatusCode);
        var version = _app.Scoped(db => db.MaterialVersions.Single(v => v.MaterialId == internalNotes).Id);
        Assert.NotEqual(HttpStatusCode.OK, (await participant.Client.GetAsync($"/materials/versions/{version}")).StatusCode);
    }

    [Fact]
    public async Task A_new_version_keeps_the_old_and_is_the_one_handed_out()
    {
        var held = HeldSession.Create(_app, [4], ["Јасна Ђурић"]);
        using var web = await CoordinatorAsync();
        var id = await UploadAsync(web, held.SessionId, "Листа индикатора", "Participants", "indikatori.pdf", UploadInspectorTests.Pdf());
        var second = UploadInspectorTests.Office("word/document.xml");
        var response = await web.PostFileAsync($"/sessions/{held.SessionId}/materials", $"/materials/{id}/versions", new Dictionary<string, string>(), "file", "indikatori-2.docx", second);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var versions = _app.Scoped(db => db.MaterialVersions.Where(v => v.MaterialId == id).OrderBy(v => v.Number).Select(v => new { v.Number, v.FileName, v.StoredName }).ToList());
        Assert.Equal([(1, "indikatori.pdf"), (2, "indikatori-2.docx")], versions.Select(v => (v.Number, v.FileName)).ToList());
        Assert.All(versions, v => Assert.True(File.Exists(Path.Combine(_app.FilesFolder, v.StoredName))));
        Assert.DoesNotContain(versions, v => v.StoredName.Contains("indikatori"));
        using var participant = new WebSession(_app);
        Assert.Equal(second, await participant.Client.GetByteArrayAsync($"/r/{held.People[0].Token}/materials/{id}"));
    }

    [Fact]
    public async Task After_the_session_participants_get_an_email_with_a_link_to_their_materials()
    {
        var held = HeldSession.Create(_app, [-1], ["Милош Обрадовић"]);
        using var web = await CoordinatorAsync();
        var handout = await UploadAsync(web, held.SessionId, "Презентација са обуке", "Participants", "prezentacija.pdf", UploadInspectorTests.Pdf());
        await web.PostFormAsync($"/sessions/{held.SessionId}", $"/sessions/{held.SessionId}/status", new Dictionary<string, string> { ["next"] = "Delivered" });
        var email = _app.Scoped(db => db.OutboxMessages.Single(m => m.ToAddress == held.People[0].Email && m.Kind == "Materials"));
        var link = FollowUpLink().Match(email.TextBody).Groups[1].Value;
        Assert.NotEmpty(link);
        using var anonymous = new WebSession(_app);
        Assert.Contains("Презентација са обуке", await anonymous.GetPageAsync(link));
        Assert.Equal(HttpStatusCode.OK, (await anonymous.Client.GetAsync($"{link}/{handout}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.Client.GetAsync(link[..^3] + "xyz")).StatusCode);
    }

    [GeneratedRegex(@"https?://[^/\s]+(/materials/for/\S+)")]
    private static partial Regex FollowUpLink();
}
