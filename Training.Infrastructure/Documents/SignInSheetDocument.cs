using System.Globalization;
using Training.Infrastructure.Localisation;

namespace Training.Infrastructure.Documents;

/// <summary>What a day's sign-in sheet lists: the session's particulars and each expected person.</summary>
public sealed record SignInSheet(string SessionTitle, DateOnly Date, TimeOnly Start, TimeOnly End, string Place, string Trainers, string Language,
    IReadOnlyList<(string Name, string Institution)> People);

/// <summary>A printable A4 sign-in sheet for one session day, in the session's language.</summary>
public static class SignInSheetDocument
{
    public static byte[] Render(SignInSheet sheet, TextCatalog text) => Cultures.With(sheet.Language, () =>
    {
        string S(string? cyrillic) => Cultures.InCurrentScript(cyrillic);
        var culture = CultureInfo.CurrentCulture;
        using var flow = new DocumentFlow(PdfProperties.Of(text, text["SignIn.Title"], text["SignIn.DocumentSubject", S(sheet.SessionTitle), sheet.Date.ToString("d", culture)]));
        flow.Heading(text["SignIn.Title"], 15);
        flow.Paragraph(S(sheet.SessionTitle), 12, bold: true);
        flow.Paragraph($"{text["SignIn.Date"]}: {culture.DateTimeFormat.GetDayName(sheet.Date.DayOfWeek)} {sheet.Date.ToString("d", culture)}, {sheet.Start.ToString("t", culture)}–{sheet.End.ToString("t", culture)}", 10);
        flow.Paragraph($"{text["SignIn.Place"]}: {S(sheet.Place)}", 10);
        flow.Paragraph($"{text["SignIn.Trainers"]}: {(sheet.Trainers.Length == 0 ? "—" : S(sheet.Trainers))}", 10, spaceAfter: 10);
        var rows = sheet.People.OrderBy(p => p.Name, PersonNameOrder.Current).Select((p, i) => (IReadOnlyList<string>)[(i + 1).ToString(culture), S(p.Name), S(p.Institution), ""]);
        // Spare rows for people who come without a registration.
        var blanks = Enumerable.Range(sheet.People.Count + 1, 5).Select(i => (IReadOnlyList<string>)[i.ToString(culture), "", "", ""]);
        flow.Table([(text["SignIn.No"], 0.6), (text["SignIn.Name"], 4), (text["SignIn.Institution"], 4.4), (text["SignIn.Signature"], 3)], rows.Concat(blanks), 9, 26);
        return flow.ToBytes();
    });
}
