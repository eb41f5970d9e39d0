using Hangfire;
using Hangfire.Dashboard;
using Workflows.Api.Auth;
using Workflows.Infrastructure.Scheduling;

namespace Workflows.Api.Endpoints;

/// <summary>
/// Hangfire's dashboard at <c>/hangfire</c>: scheduled starts, the digest, housekeeping and their failures, for platform
/// administrators only. The endpoint's policy authenticates the bearer token like every other endpoint (401 without
/// one, 403 for other roles), so Hangfire's own filters, which by default admit only local requests, are not used.
/// Read-only unless <see cref="HangfireOptions.DashboardActions"/> is on.
/// </summary>
public static class JobsDashboard
{
    public const string Path = "/hangfire";

    public static IEndpointRouteBuilder MapJobsDashboard(this IEndpointRouteBuilder routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        var actions = routes.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<HangfireOptions>>().Value.DashboardActions;
        routes.MapHangfireDashboard(Path, new DashboardOptions
        {
            Authorization = [],
            AsyncAuthorization = [],
            IsReadOnlyFunc = _ => !actions,
            DashboardTitle = "Workflows jobs",
            DisplayStorageConnectionString = false,
            AppPath = null,
        }).RequireAuthorization(Policies.PlatformAdmin);
        return routes;
    }
}
