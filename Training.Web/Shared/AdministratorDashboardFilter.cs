using Hangfire.Dashboard;
using Training.Infrastructure.Identity;

namespace Training.Web.Shared;

/// <summary>The job dashboard is for Administrators only (Hangfire's default allows local requests, which is not enough).</summary>
public sealed class AdministratorDashboardFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        var user = context.GetHttpContext().User;
        return user.Identity?.IsAuthenticated == true && user.IsInRole(Roles.Administrator);
    }
}
