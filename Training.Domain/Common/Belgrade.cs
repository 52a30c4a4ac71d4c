namespace Training.Domain.Common;

/// <summary>The Centre works in Europe/Belgrade; instants are stored in UTC and shown in this zone.</summary>
public static class Belgrade
{
    public static readonly TimeZoneInfo TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Belgrade");

    public static DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), TimeZone);

    public static DateTime ToUtc(DateOnly date, TimeOnly time) =>
        TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(time, DateTimeKind.Unspecified), TimeZone);

    /// <summary>A calendar year in Belgrade as UTC instants: from its first midnight to the next year's.</summary>
    public static (DateTime From, DateTime To) Year(int year) =>
        (ToUtc(new DateOnly(year, 1, 1), TimeOnly.MinValue), ToUtc(new DateOnly(year + 1, 1, 1), TimeOnly.MinValue));

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(ToLocal(clock.GetUtcNow().UtcDateTime));
}
