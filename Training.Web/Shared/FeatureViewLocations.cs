using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Razor;

namespace Training.Web.Shared;

/// <summary>
/// A controller's views live in its feature folder (the last part of its namespace), so one
/// feature may hold several controllers: Features/Registrations has the invitation and the
/// participant-link controllers.
/// </summary>
public sealed class FeatureViewLocations : IViewLocationExpander
{
    public void PopulateValues(ViewLocationExpanderContext context)
    {
        if (context.ActionContext.ActionDescriptor is ControllerActionDescriptor action)
            context.Values["feature"] = action.ControllerTypeInfo.Namespace?.Split('.').Last();
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations) =>
        context.Values.TryGetValue("feature", out var feature) && feature is not null
            ? viewLocations.Select(l => l.Replace("{1}", feature))
            : viewLocations;
}
