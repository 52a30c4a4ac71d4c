using Training.Tests.Support;
using UglyToad.PdfPig;

namespace Training.Tests.Features;

/// <summary>The attendance grid, the certificates tab, the sign-in sheet and the registrations export list people by surname, in Serbian order.</summary>
public sealed class SerbianOrderTests : IClassFixture<TrainingAppFactory>
{
    private static readonly string[] Registered = ["Милан Зец", "Ана Ђорђевић", "Ђорђе Живковић", "Вера Чолић", "Бојан Драгић", "Гордана Ћирић"];
    private static readonly string[] Cyrillic = ["Бојан Драгић", "Ана Ђорђевић", "Ђорђе Живковић", "Милан Зец", "Гордана Ћирић", "Вера Чолић"];
    private static readonly string[] Latin = ["Vera Čolić", "Gordana Ćirić", "Bojan Dragić", "Ana Đorđević", "Milan Zec", "Đorđe Živković"];
    private readonly TrainingAppFactory _app;

    public SerbianOrderTests(TrainingAppFactory app) => _app = app;

    private static void InOrder(string text, IEnumerable<string> names, string what)
    {
        var positions = names.Select(n => (Name: n, At: text.IndexOf(n, StringComparison.Ordinal))).ToList();
        Assert.All(positions, p => Assert.True(p.At >= 0, $"{p.Name} is missing from the {what}"));
        Assert.True(positions.Select(p => p.At).SequenceEqual(positions.Select(p => p.At).Order()),
            $"the {what} lists {string.Join(", ", positions.OrderBy(p => p.At).Select(p => p.Name))}");
    }

    [Fact]
    public async Task Lists_of_people_go_by_surname_in_the_readers_alphabet()
    {
        var held = HeldSession.Create(_app, [-1], Registered, delivered: true);
        using var web = new WebSession(_app);
        await web.SignInAsRoleAsync("Coordinator");
        InOrder(await web.GetPageAsync($"/sessions/{held.SessionId}/attendance"), Cyrillic, "attendance grid");
        var sheet = await web.Client.GetByteArrayAsync($"/sessions/{held.SessionId}/days/{held.DayIds[0]}/sign-in-sheet.pdf");
        using (var pdf = PdfDocument.Open(sheet))
            InOrder(string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)), Cyrillic, "sign-in sheet");
        InOrder(System.Text.Encoding.UTF8.GetString(await web.Client.GetByteArrayAsync($"/sessions/{held.SessionId}/registrations/export.csv")), Cyrillic, "registrations export");

        using var latin = new WebSession(_app, "sr-Latn-RS");
        await latin.SignInAsRoleAsync("Coordinator");
        InOrder(await latin.GetPageAsync($"/sessions/{held.SessionId}/attendance"), Latin, "Latin attendance grid");
        InOrder(System.Text.Encoding.UTF8.GetString(await latin.Client.GetByteArrayAsync($"/sessions/{held.SessionId}/registrations/export.csv")), Latin, "Latin registrations export");
    }
}
