using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using Training.Domain.Participants;
using Training.Domain.Registrations;
using Training.Domain.Sessions;
using Training.Infrastructure.Calendar;
using Training.Infrastructure.Email;
using Training.Infrastructure.Localisation;
using Training.Web.Links;
using Training.Web.Shared;

namespace Training.Web.Features.Registrations;

/// <summary>The emails of registration, each in the recipient's language, queued in the outbox.</summary>
public sealed class RegistrationEmails(Mailer mailer, IOptions<EmailOptions> options, PublicLinks publicLinks)
{
    private static readonly CompositeFormat CalendarContentType = CompositeFormat.Parse(SessionCalendar.ContentType);

    private readonly EmailOptions _options = options.Value;

    public string LinkFor(string token) => publicLinks.To($"/r/{token}");

    public string OpenLinkFor(string token) => publicLinks.To($"/o/{token}");

    /// <summary>
    /// A personal link to register from: an invitation, or, for a request made through the session's open link, the
    /// confirmation that the address is the person's own, valid until the request lapses.
    /// </summary>
    public void Invitation(TrainingSession session, Invitation invitation, string token) =>
        mailer.Queue(invitation.Email, invitation.Name, invitation.Culture, invitation.ViaOpenLink ? "OpenLinkConfirmation" : "Invitation", t => new EmailContent(
            invitation.ViaOpenLink ? t["Email.OpenLink.Subject", Display.Name(session.Title)] : t["Email.Invitation.Subject", Display.Name(session.Title)],
            [
                // A name typed into the open link is anyone's words until the address is confirmed: not repeated in the email.
                Greeting(t, invitation.ViaOpenLink ? null : invitation.Name),
                invitation.ViaOpenLink ? t["Email.OpenLink.Body", Display.Name(session.Title)] : t["Email.Invitation.Body", Display.Name(session.Title)],
                Summary(session, t),
                t["Email.Invitation.Link", LinkFor(token)],
                invitation.ViaOpenLink
                    ? t["Email.OpenLink.Deadline", Display.DateTime(invitation.ExpiresAtUtc)]
                    : t["Email.Invitation.Deadline", Display.Date(session.RegistrationClosesOn)],
            ],
            t["Email.Signature"]));

    public const string AlreadyRegisteredKind = "AlreadyRegistered";

    /// <summary>Someone asked through the open link with the address of a person already registered: that person hears of it, and gets no new link.</summary>
    public void AlreadyRegistered(TrainingSession session, Participant participant) =>
        mailer.Queue(participant.Email, participant.FullName, participant.Culture, AlreadyRegisteredKind, t => new EmailContent(
            t["Email.AlreadyRegistered.Subject", Display.Name(session.Title)],
            [t["Email.Greeting", participant.FullName], t["Email.AlreadyRegistered.Body"], Summary(session, t), t["Email.YourPageInEarlierEmail"]],
            t["Email.Signature"]));

    public void QuotaOffered(TrainingSession session, SeatQuota quota, string institution, string token) =>
        mailer.Queue(quota.FocalEmail, quota.FocalName, quota.Culture, "SeatQuota", t => new EmailContent(
            t["Email.Quota.Subject", Display.Name(session.Title)],
            [t["Email.Greeting", quota.FocalName], t["Email.Quota.Body", quota.Seats, Display.Name(institution), Display.Name(session.Title)], Summary(session, t),
             t["Email.Quota.Link", publicLinks.To($"/q/{token}")], t["Email.Invitation.Deadline", Display.Date(session.RegistrationClosesOn)]],
            t["Email.Signature"]));

    public void Chase(TrainingSession session, Invitation invitation, string token) =>
        mailer.Queue(invitation.Email, invitation.Name, invitation.Culture, "InvitationReminder", t => new EmailContent(
            t["Email.Chase.Subject", Display.Name(session.Title)],
            [Greeting(t, invitation.Name), t["Email.Chase.Body"], Summary(session, t), t["Email.Invitation.Link", LinkFor(token)],
             t["Email.Invitation.Deadline", Display.Date(session.RegistrationClosesOn)]],
            t["Email.Signature"]));

    public void Reminder(TrainingSession session, Participant participant) =>
        mailer.Queue(participant.Email, participant.FullName, participant.Culture, "Reminder", t => new EmailContent(
            t["Email.Reminder.Subject", Display.Name(session.Title), Display.Date(session.FirstDay)],
            [t["Email.Greeting", participant.FullName], t["Email.Reminder.Body"], Summary(session, t), t["Email.YourPageInEarlierEmail"]],
            t["Email.Signature"]));

    /// <summary>The session's dates or place changed: everyone registered hears of it; confirmed people get the updated calendar entry.</summary>
    public void SessionChanged(TrainingSession session, Registration registration, Participant participant)
    {
        var message = mailer.Queue(participant.Email, participant.FullName, participant.Culture, "SessionChanged", t => new EmailContent(
            t["Email.Changed.Subject", Display.Name(session.Title)],
            [t["Email.Greeting", participant.FullName], t["Email.Changed.Body"], Summary(session, t), t["Email.YourPageInEarlierEmail"]],
            t["Email.Signature"]));
        if (registration.Status == RegistrationStatus.Confirmed)
            AttachCalendar(message, session, registration, participant, cancelled: false);
    }

    public void SessionCancelled(TrainingSession session, Registration registration, Participant participant)
    {
        var message = mailer.Queue(participant.Email, participant.FullName, participant.Culture, "SessionCancelled", t => new EmailContent(
            t["Email.SessionCancelled.Subject", Display.Name(session.Title)],
            [t["Email.Greeting", participant.FullName], t["Email.SessionCancelled.Body", session.CancellationReason ?? ""], Summary(session, t)],
            t["Email.Signature"]));
        if (registration.Status == RegistrationStatus.Confirmed)
            AttachCalendar(message, session, registration, participant, cancelled: true);
    }

    public void Registered(TrainingSession session, Registration registration, Participant participant, string token)
    {
        if (registration.Status == RegistrationStatus.Confirmed)
            Confirmed(session, registration, participant, token);
        else
            mailer.Queue(participant.Email, participant.FullName, participant.Culture, "Waitlisted", t => new EmailContent(
                t["Email.Waitlisted.Subject", Display.Name(session.Title)],
                [t["Email.Greeting", participant.FullName], t["Email.Waitlisted.Body"], Summary(session, t), t["Email.YourPage", LinkFor(token)]],
                t["Email.Signature"]));
    }

    public void Confirmed(TrainingSession session, Registration registration, Participant participant, string? token)
    {
        var message = mailer.Queue(participant.Email, participant.FullName, participant.Culture, "Confirmation", t => new EmailContent(
            t["Email.Confirmed.Subject", Display.Name(session.Title)],
            [t["Email.Greeting", participant.FullName], t["Email.Confirmed.Body"], Summary(session, t), token is null ? t["Email.YourPageInEarlierEmail"] : t["Email.YourPage", LinkFor(token)]],
            t["Email.Signature"]));
        AttachCalendar(message, session, registration, participant, cancelled: false);
    }

    /// <summary>A freed seat is held for the person: the email carries their (renewed) link and the deadline to accept.</summary>
    public void SeatOffered(TrainingSession session, Registration registration, Participant participant, string token) =>
        mailer.Queue(participant.Email, participant.FullName, participant.Culture, "SeatOffer", t => new EmailContent(
            t["Email.Offer.Subject", Display.Name(session.Title)],
            [t["Email.Greeting", participant.FullName], t["Email.Offer.Body", Display.DateTime(registration.OfferExpiresAtUtc!.Value)], Summary(session, t),
             t["Email.Offer.Link", LinkFor(token)]],
            t["Email.Signature"]));

    public void Cancelled(TrainingSession session, Registration registration, Participant participant)
    {
        var message = mailer.Queue(participant.Email, participant.FullName, participant.Culture, "Cancellation", t => new EmailContent(
            t["Email.Cancelled.Subject", Display.Name(session.Title)],
            [t["Email.Greeting", participant.FullName], t["Email.Cancelled.Body"], Summary(session, t)],
            t["Email.Signature"]));
        AttachCalendar(message, session, registration, participant, cancelled: true);
    }

    /// <summary>The name of the calendar file, attached to emails and offered on the participant's page alike.</summary>
    public const string CalendarFileName = "obuka.ics";

    /// <summary>
    /// The registration's calendar entries, in the participant's language: the one file both the emails attach and the
    /// participant's page offers (same organiser, place and UIDs), so a calendar keeps one entry per day whichever it met first.
    /// </summary>
    public byte[] Calendar(TrainingSession session, Registration registration, Participant participant, bool cancelled) =>
        Cultures.With(participant.Culture, () => SessionCalendar.Build(session, registration.CalendarKey, registration.CalendarSequence, cancelled,
            _options.FromAddress, _options.FromName, participant.Email, participant.FullName, Display.Name(session.Title), Place(session), null));

    private void AttachCalendar(OutboxMessage message, TrainingSession session, Registration registration, Participant participant, bool cancelled) =>
        message.Attach(CalendarFileName, string.Format(CultureInfo.InvariantCulture, CalendarContentType, cancelled ? "CANCEL" : "REQUEST"),
            Calendar(session, registration, participant, cancelled));

    private static string Summary(TrainingSession session, TextCatalog t)
    {
        var days = string.Join("\n", session.Days.OrderBy(d => d.Date).Select(d =>
            $"{Display.Date(d.Date)} {d.Start.ToString("t", CultureInfo.CurrentCulture)}–{d.End.ToString("t", CultureInfo.CurrentCulture)}"));
        return $"{Display.Name(session.Title)}\n{days}\n{t["Session.Place"]}: {Place(session)}";
    }

    /// <summary>"Dear …," with the name, or a greeting without one ("Dear ," would read as a slip).</summary>
    private static string Greeting(TextCatalog t, string? name) =>
        string.IsNullOrWhiteSpace(name) ? t["Email.GreetingNoName"] : t["Email.Greeting", name];

    /// <summary>The place as the emails, calendars and the participant's page show it.</summary>
    public static string Place(TrainingSession session) =>
        session.VenueLine is { } venue ? Display.Name(venue) : session.IsOnline ? TextCatalog.Default["Session.Online"] : "—";
}
