namespace Training.Domain.Planning;

/// <summary>
/// Rates progress against a target. A target is due in full by the end of the plan's year and pro rata
/// before it: on 1 July about half is expected. Work already scheduled counts towards being on track.
/// </summary>
public static class FulfilmentRule
{
    /// <summary>Below this share of what is expected by now an activity is behind; between it and all, at risk.</summary>
    public const decimal AtRiskFrom = 0.7m;

    /// <summary>The share of the year gone on <paramref name="today"/>: 0 before the plan's year, 1 after it.</summary>
    public static decimal ExpectedShare(int year, DateOnly today)
    {
        if (today.Year < year)
            return 0;
        if (today.Year > year)
            return 1;
        var days = DateTime.IsLeapYear(year) ? 366m : 365m;
        return today.DayOfYear / days;
    }

    /// <summary>The share of the time to a task's due quarter gone on <paramref name="today"/>: 1 once that quarter is over.</summary>
    public static decimal ExpectedShare(int year, DateOnly today, int? dueQuarter)
    {
        if (dueQuarter is not int quarter || today.Year != year)
            return ExpectedShare(year, today);
        var start = new DateOnly(year, 1, 1);
        var due = start.AddMonths(quarter * 3);
        return today >= due ? 1 : (today.DayNumber - start.DayNumber + 1m) / (due.DayNumber - start.DayNumber);
    }

    /// <summary>
    /// A task: by its count when the plan gives one ("at least 3 memoranda"), otherwise by its status, against the
    /// time to its due quarter. A dropped task is not rated; the reason is reported instead.
    /// </summary>
    public static FulfilmentStatus Rate(PlanTask task, int year, DateOnly today)
    {
        var share = ExpectedShare(year, today, task.DueQuarter);
        return task.Status switch
        {
            PlanTaskStatus.Dropped => FulfilmentStatus.NotRated,
            _ when task.CountTarget is int target and > 0 => Rate(target, task.CountRealised ?? 0, task.CountRealised ?? 0, share),
            PlanTaskStatus.Done => FulfilmentStatus.Achieved,
            PlanTaskStatus.InProgress => Rate(ActivityProgress.InProgress, share),
            _ => Rate(ActivityProgress.NotStarted, share),
        };
    }

    /// <param name="target">What the plan asks for.</param>
    /// <param name="actual">What has been delivered.</param>
    /// <param name="projected">Delivered plus what is scheduled and not yet held.</param>
    /// <param name="expectedShare">From <see cref="ExpectedShare(int, DateOnly)"/>, or for a task <see cref="ExpectedShare(int, DateOnly, int?)"/>.</param>
    public static FulfilmentStatus Rate(decimal target, decimal actual, decimal projected, decimal expectedShare)
    {
        if (actual >= target)
            return FulfilmentStatus.Achieved;
        if (projected >= target || expectedShare == 0)
            return FulfilmentStatus.OnTrack;
        var ratio = actual / (target * expectedShare);
        return ratio >= 1 ? FulfilmentStatus.OnTrack : ratio >= AtRiskFrom ? FulfilmentStatus.AtRisk : FulfilmentStatus.Behind;
    }

    /// <summary>An activity reported by hand: done, under way, or not started (at risk past mid-year, behind once the year is over).</summary>
    public static FulfilmentStatus Rate(ActivityProgress progress, decimal expectedShare) => progress switch
    {
        ActivityProgress.Done => FulfilmentStatus.Achieved,
        ActivityProgress.InProgress => expectedShare >= 1 ? FulfilmentStatus.Behind : FulfilmentStatus.OnTrack,
        _ => expectedShare >= 1 ? FulfilmentStatus.Behind : expectedShare >= 0.5m ? FulfilmentStatus.AtRisk : FulfilmentStatus.NotRated,
    };

    /// <summary>An activity is as well as its worst target.</summary>
    public static FulfilmentStatus Worst(IEnumerable<FulfilmentStatus> statuses) =>
        statuses.Where(s => s != FulfilmentStatus.NotRated).DefaultIfEmpty(FulfilmentStatus.NotRated).Max();

    public static decimal? Percent(decimal target, decimal actual) => target == 0 ? null : Math.Round(actual * 100m / target, 1);
}
