using System.Text;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Training.Domain.Sessions;

namespace Training.Infrastructure.Calendar;

/// <summary>
/// The calendar invitation of a registration: one event per session day, with UIDs stable for
/// the registration, so a later REQUEST with a higher SEQUENCE updates the same entries and a
/// CANCEL removes them. Times are written in UTC, which every calendar converts correctly.
/// </summary>
public static class SessionCalendar
{
    public const string ContentType = "text/calendar; method={0}; charset=utf-8";

    /// <param name="registrationKey">Stable for the registration (not its database id, so the invite can be made before the row is saved).</param>
    public static byte[] Build(TrainingSession session, string registrationKey, int sequence, bool cancelled, string organiserEmail, string organiserName,
        string attendeeEmail, string attendeeName, string summary, string? location, string? description)
    {
        var calendar = new Ical.Net.Calendar { Method = cancelled ? "CANCEL" : "REQUEST", ProductId = "-//Centar za zastitu zrtava trgovine ljudima//Obuke//SR" };
        var dayNumber = 0;
        foreach (var day in session.Days.OrderBy(d => d.Date))
        {
            dayNumber++;
            var calendarEvent = new CalendarEvent
            {
                Uid = Uid("registration", registrationKey, dayNumber),
                Summary = OneLine(summary),
                Location = OneLine(location),
                Description = description,
                DtStart = new CalDateTime(day.StartsAtUtc, "UTC"),
                DtEnd = new CalDateTime(day.EndsAtUtc, "UTC"),
                DtStamp = new CalDateTime(DateTime.UtcNow, "UTC"),
                Sequence = sequence,
                Status = cancelled ? "CANCELLED" : "CONFIRMED",
                Organizer = new Organizer($"mailto:{organiserEmail}") { CommonName = OneLine(organiserName) },
            };
            calendarEvent.Attendees.Add(new Attendee($"mailto:{attendeeEmail}") { CommonName = OneLine(attendeeName), Rsvp = false, ParticipationStatus = "ACCEPTED" });
            calendar.Events.Add(calendarEvent);
        }
        return Encoding.UTF8.GetBytes(new CalendarSerializer().SerializeToString(calendar) ?? "");
    }

    /// <summary>
    /// The one way entries are named, in emails and in subscribed calendars alike: a kind, a key stable for the thing
    /// (a registration's key, a session's or an item's id) and, for sessions, the day's number.
    /// </summary>
    public static string Uid(string kind, string key, int? day = null) =>
        day is null ? $"{kind}-{key}@obuke.centarzztlj.rs" : $"{kind}-{key}-day-{day}@obuke.centarzztlj.rs";

    /// <summary>Line breaks in a title or name would start a new property; they become spaces.</summary>
    internal static string? OneLine(string? value) =>
        value is null ? null : string.Join(' ', value.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();
}
