using System.Linq.Expressions;
using Training.Domain.Common;
using Training.Domain.Sessions;

namespace Training.Web.Features.Plans;

/// <summary>
/// The one rule for which plan year a session counts towards: the year (in Belgrade) in which it is held,
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
}
