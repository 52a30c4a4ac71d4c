using System.Text.Encodings.Web;
using Training.Infrastructure.Email;
using Training.Infrastructure.Localisation;
using Training.Infrastructure.Persistence;

namespace Training.Web.Features.SentMail;

/// <summary>
/// Puts an email in the outbox, composed in the recipient's culture. The caller's SaveChanges
/// writes it together with the change that causes it.
/// </summary>
public sealed class Mailer(TrainingDbContext db, TimeProvider clock, TextCatalog text)
{
    public OutboxMessage Queue(string toAddress, string? toName, string culture, string kind, Func<TextCatalog, EmailContent> compose)
    {
        var normalised = Cultures.Normalise(culture);
        var content = Cultures.With(normalised, () => compose(text));
        var message = new OutboxMessage(toAddress, toName, content.Subject, content.Text, content.Html(), normalised, kind, clock.GetUtcNow().UtcDateTime);
        db.OutboxMessages.Add(message);
        return message;
    }
}

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
