using System.Linq.Expressions;
using Training.Domain.Common;
using Training.Domain.Sessions;

namespace Training.Domain.Planning;

/// <summary>
/// The one rule for which year a session belongs to: the calendar year in Belgrade in which it is held (or starts),
/// whichever year's plan its activity belongs to. The dashboard, the session list, the budget, the plan page, the
/// activity page and the reports all select their sessions through it, so they agree.
/// </summary>
public static class PlanYear
{
    public static Expression<Func<TrainingSession, bool>> HeldIn(int year)
    {
        var (from, to) = Belgrade.Year(year);
        return s => s.StartsAtUtc >= from && s.StartsAtUtc < to;
    }

    /// <summary>
    /// The same year of a session as a query can compute it, for lists of years: at every turn of the year Belgrade
    /// keeps Central European Time (UTC+1, summer time is never in force in December or January), so the UTC start plus
    /// one hour falls in the same calendar year as the start in Belgrade.
    /// </summary>
    public static readonly Expression<Func<TrainingSession, int>> Of = s => s.StartsAtUtc.AddHours(1).Year;

    /// <summary>The same rule for a partner's training, which keeps its days as dates in Belgrade: the year of its first day.</summary>
    public static Expression<Func<PartnerTraining, bool>> PartnersHeldIn(int year)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1));
        return p => p.FirstDay >= from && p.FirstDay < to;
    }
}
