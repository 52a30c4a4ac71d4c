using System.Text;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Training.Infrastructure.Calendar;

/// <summary>
/// A calendar to subscribe to (iCalendar, <c>METHOD:PUBLISH</c>): the calendar program fetches it again from time to
/// time and, entries being named by stable UIDs, a changed or cancelled one updates the entry it already has.
/// </summary>
public static class FeedCalendar
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public static byte[] Build(string name, IEnumerable<FeedEntry> entries)
    {
        var calendar = new Ical.Net.Calendar { Method = "PUBLISH", ProductId = "-//Centar za zastitu zrtava trgovine ljudima//Obuke//SR" };
        calendar.AddProperty("X-WR-CALNAME", SessionCalendar.OneLine(name)!);
        var stamp = new CalDateTime(DateTime.UtcNow, "UTC");
        foreach (var entry in entries)
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = entry.Uid,
                Summary = SessionCalendar.OneLine(entry.Summary),
                Location = SessionCalendar.OneLine(entry.Location),
                Description = entry.Description,
                // A whole day (a development item, a supervision meeting without a time) is a date; a session day has its hours.
                DtStart = entry.StartsAtUtc is { } starts ? new CalDateTime(starts, "UTC") : new CalDateTime(entry.FirstDay!.Value),
                DtEnd = entry.EndsAtUtc is { } ends ? new CalDateTime(ends, "UTC") : new CalDateTime(entry.LastDay!.Value.AddDays(1)),
                DtStamp = stamp,
                Status = entry.Cancelled ? "CANCELLED" : "CONFIRMED",
            });
        }
        return Encoding.UTF8.GetBytes(new CalendarSerializer().SerializeToString(calendar) ?? "");
    }
}

/// <summary>One entry of a subscribed calendar: timed (UTC) or whole days (first and last date).</summary>
public sealed record FeedEntry(string Uid, string Summary, string? Location, string? Description, bool Cancelled)
{
    public DateTime? StartsAtUtc { get; init; }
    public DateTime? EndsAtUtc { get; init; }
    public DateOnly? FirstDay { get; init; }
    public DateOnly? LastDay { get; init; }
}
