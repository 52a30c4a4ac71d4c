using Training.Domain.Common;

namespace Training.Domain.Sessions;

/// <summary>One day of a session, with its local times; the UTC instants serve clash queries.</summary>
public sealed class SessionDay : Entity
{
    private SessionDay() { }

    internal SessionDay(DateOnly date, TimeOnly start, TimeOnly end)
    {
        Date = date;
        Start = start;
        End = end;
        StartsAtUtc = Belgrade.ToUtc(date, start);
        EndsAtUtc = Belgrade.ToUtc(date, end);
        Minutes = (int)(end - start).TotalMinutes;
    }

    public int TrainingSessionId { get; private set; }
    public DateOnly Date { get; private set; }
    public TimeOnly Start { get; private set; }
    public TimeOnly End { get; private set; }
    public DateTime StartsAtUtc { get; private set; }
    public DateTime EndsAtUtc { get; private set; }

    /// <summary>The day's length, stored so reports can add up hours in the database.</summary>
    public int Minutes { get; private set; }

    public decimal Hours => (decimal)(End - Start).TotalHours;

    public bool Overlaps(DateTime startsAtUtc, DateTime endsAtUtc) => StartsAtUtc < endsAtUtc && startsAtUtc < EndsAtUtc;
}

/// <summary>A day as a user enters it, before it becomes part of a session.</summary>
public sealed record DayPlan(DateOnly Date, TimeOnly Start, TimeOnly End);
