namespace Training.Web.Shared;

/// <summary>CSV cells that a spreadsheet shows as text: quoted, and never read as a formula.</summary>
public static class Csv
{
    public static string Cell(string? value)
    {
        var text = value ?? "";
        // "=HYPERLINK(...)", "+cmd", "-1+1", "@SUM" would run as formulas in Excel or LibreOffice.
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
            text = "'" + text;
        return "\"" + text.Replace("\"", "\"\"") + "\"";
    }
}
