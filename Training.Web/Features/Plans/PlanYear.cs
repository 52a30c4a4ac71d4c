using System.Linq.Expressions;
using Training.Domain.Common;
using Training.Domain.Planning;
using Training.Domain.Sessions;

namespace Training.Web.Features.Plans;

/// <summary>
/// The one rule for which plan year a session counts towards: the year (in Belgrade) in which it is held (or starts),
/// whichever year's plan its activity belongs to. The dashboard, the plan page, the activity page and the
/// reports all select their sessions through it, so they agree.
/// </summary>
public static class PlanYear
{
    public static Expression<Func<TrainingSession, bool>> HeldIn(int year)
    {
        var (from, to) = Belgrade.Year(year);
        return s => s.StartsAtUtc >= from && s.StartsAtUtc < to;
    }

    /// <summary>The same rule for a partner's training, which keeps its days as dates in Belgrade: the year of its first day.</summary>
    public static Expression<Func<PartnerTraining, bool>> PartnersHeldIn(int year)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1));
        return p => p.FirstDay >= from && p.FirstDay < to;
    }
}
