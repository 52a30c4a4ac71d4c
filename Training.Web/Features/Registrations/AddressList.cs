using System.Net.Mail;
using Training.Domain.Participants;

namespace Training.Web.Features.Registrations;

/// <summary>A pasted list of addresses, one per line: "ime@example.rs" or "Име Презиме &lt;ime@example.rs&gt;".</summary>
public static class AddressList
{
    public sealed record Line(int Number, string Text, string? Email, string? Name, string? ErrorKey);

    public static IReadOnlyList<Line> Parse(string? pasted)
    {
        var lines = new List<Line>();
        var seen = new HashSet<string>();
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
            string? email;
            try
            {
                email = Participant.NormaliseEmail(address);
            }
            catch (Training.Domain.Common.DomainException)
            {
                lines.Add(new Line(number, text, null, null, "Invite.RowInvalidAddress"));
                continue;
            }
            if (!seen.Add(email!))
            {
                lines.Add(new Line(number, text, email, name, "Invite.RowDuplicate"));
                continue;
            }
            lines.Add(new Line(number, text, email, string.IsNullOrWhiteSpace(name) ? null : name, null));
        }
        return lines;
    }
}
