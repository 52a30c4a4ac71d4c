using Training.Infrastructure.Localisation;
using Training.Infrastructure.Persistence;

namespace Training.Infrastructure.Email;

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
