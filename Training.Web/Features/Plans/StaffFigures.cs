using Training.Domain.Planning;
using Training.Infrastructure.Localisation;
using Training.Web.Shared;

namespace Training.Web.Features.Plans;

/// <summary>The one line that says how an activity measured by the Centre's own people stands: the plan page, the dashboard and the report all print it.</summary>
public static class StaffFigures
{
    public static string? Describe(ActivityFulfilment a, TextCatalog text)
    {
        if (a.Staff is not { } y)
            return null;
        if (a.Activity.Kind == ActivityKind.Supervision)
            return text["Fulfilment.SupervisionFigures", y.SupervisionSessions, Display.Number(y.SupervisionHours), y.SupervisionMet, y.People.Count(p => p.SupervisionTarget > 0),
                Display.Number(y.Plan?.SupervisionHoursTarget ?? 0)];
        var status = y.Plan is null ? text["Development.NoPlan"] : text["Development.PlanStatus." + y.Plan.Status];
        return text["Fulfilment.DevelopmentFigures", status, Display.Number(y.RealisedHours), Display.Number(y.PlannedHours), Display.Number(y.RealisedPoints),
            Display.Number(y.PlannedPoints), Display.Money(y.SpentCost), Display.Money(y.PlannedCost)];
    }
}
