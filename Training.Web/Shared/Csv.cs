namespace Training.Web.Shared;

/// <summary>CSV as the Centre exchanges it: written safe for spreadsheets, read with quotes and either separator.</summary>
public static class Csv
{
    public sealed record Record(int Line, IReadOnlyList<string> Fields);

    /// <summary>RFC 4180 records; the separator is the one (comma or semicolon) the header row uses most.</summary>
    public static IReadOnlyList<Record> Read(string text)
    {
        var firstLine = text.Split('\n', 2)[0];
        var separator = firstLine.Count(c => c == ';') > firstLine.Count(c => c == ',') ? ';' : ',';
        var records = new List<Record>();
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        var line = 1;
        var recordLine = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                    quoted = false;
                else
                {
                    if (c == '\n')
                        line++;
                    field.Append(c);
                }
            }
            else if (c == '"')
                quoted = true;
            else if (c == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                fields.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                records.Add(new Record(recordLine, fields));
                fields = [];
                recordLine = ++line;
            }
            else
                field.Append(c);
        }
        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString().TrimEnd('\r'));
            records.Add(new Record(recordLine, fields));
        }
        return records;
    }

    public static string Cell(string? value) => "\"" + Text(value).Replace("\"", "\"\"") + "\"";

    /// <summary>A value a spreadsheet shows as text: "=HYPERLINK(...)", "+cmd", "-1+1", "@SUM" would otherwise run as formulas.</summary>
    public static string Text(string? value)
    {
        var text = value ?? "";
        return text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
    }
}
