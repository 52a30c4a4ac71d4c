using Training.Domain.Common;
using Training.Domain.Participants;
using Training.Web.Shared;

namespace Training.Web.Features.Registrations;

/// <summary>
/// Addresses to invite: pasted one per line ("ime@example.rs" or "Име Презиме &lt;ime@example.rs&gt;"),
/// or a CSV file with the columns name, email, institution, position. Every row is checked and
/// reported; nothing is sent from a list with bad rows unless the coordinator chooses to.
/// </summary>
public static class AddressList
{
    public sealed record Line(int Number, string Text, string? Email, string? Name, string? ErrorKey, string? Institution = null, string? Position = null);

    public static IReadOnlyList<Line> Parse(string? pasted)
    {
        var rows = new List<(int, string, string?, string, string?, string?)>();
        var number = 0;
        foreach (var raw in (pasted ?? "").Replace("\r", "").Split('\n'))
        {
            number++;
            var text = raw.Trim().TrimEnd(',', ';');
            if (text.Length == 0)
                continue;
            string? name = null;
            var address = text;
            var open = text.LastIndexOf('<');
            if (open >= 0 && text.EndsWith('>'))
            {
                name = text[..open].Trim().Trim('"').Trim();
                address = text[(open + 1)..^1].Trim();
            }
            rows.Add((number, text, name, address, null, null));
        }
        return Check(rows);
    }

    /// <summary>Reads a CSV file's text (comma or semicolon, header row with name and email at least).</summary>
    public static IReadOnlyList<Line> ParseCsv(string csv)
    {
        var records = Csv.Read(csv.TrimStart('\uFEFF'));
        if (records.Count == 0)
            return [];
        var header = records[0].Fields.Select(h => h.Trim().ToLowerInvariant()).ToList();
        string? Field(IReadOnlyList<string> fields, string name)
        {
            var index = header.IndexOf(name);
            return index >= 0 && index < fields.Count ? fields[index].Trim() : null;
        }
        var rows = records.Skip(1)
            .Where(r => r.Fields.Any(f => f.Trim().Length > 0))
            .Select(r => (r.Line, string.Join(", ", r.Fields), Field(r.Fields, "name"), Field(r.Fields, "email") ?? "", Field(r.Fields, "institution"), Field(r.Fields, "position")));
        return Check(rows);
    }

    /// <summary>Institutions picked from the directory: each is invited at its own address.</summary>
    public static IReadOnlyList<Line> FromDirectory(IEnumerable<(string Name, string Email)> institutions) =>
        Check(institutions.Select((o, i) => (i + 1, $"{o.Name} <{o.Email}>", (string?)null, o.Email, (string?)o.Name, (string?)null)));

    private static IReadOnlyList<Line> Check(IEnumerable<(int Number, string Text, string? Name, string Address, string? Institution, string? Position)> rows)
    {
        var lines = new List<Line>();
        var seen = new HashSet<string>();
        foreach (var (number, text, rawName, address, institution, position) in rows)
        {
            var name = string.IsNullOrWhiteSpace(rawName) ? null : rawName;
            string? email;
            try
            {
                email = Participant.NormaliseEmail(address);
            }
            catch (DomainException)
            {
                email = null;
            }
            if (email is null)
                lines.Add(new Line(number, text, null, null, "Invite.RowInvalidAddress"));
            else if (!seen.Add(email))
                lines.Add(new Line(number, text, email, name, "Invite.RowDuplicate"));
            else
                lines.Add(new Line(number, text, email, name, null, string.IsNullOrWhiteSpace(institution) ? null : institution, string.IsNullOrWhiteSpace(position) ? null : position));
        }
        return lines;
    }
}
