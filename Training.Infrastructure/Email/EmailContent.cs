using System.Text.Encodings.Web;

namespace Training.Infrastructure.Email;

/// <summary>An email's subject and paragraphs; the HTML is made from the same text, encoded.</summary>
public sealed record EmailContent(string Subject, IReadOnlyList<string> Paragraphs, string Signature)
{
    public string Text => string.Join("\n\n", Paragraphs.Append(Signature));

    public string Html()
    {
        var encoder = HtmlEncoder.Default;
        var body = string.Concat(Paragraphs.Select(p => $"<p>{encoder.Encode(p).Replace("&#xA;", "<br>")}</p>"));
        return $"<!DOCTYPE html><html><body style=\"font-family:sans-serif\">{body}<p style=\"color:#555\">{encoder.Encode(Signature)}</p></body></html>";
    }
}
