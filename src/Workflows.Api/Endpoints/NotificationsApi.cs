using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Workflows.Api.Auth;
using Workflows.Api.Contract;
using Workflows.Api.Views;
using Workflows.Core.Access;
using Workflows.Infrastructure.Persistence;

namespace Workflows.Api.Endpoints;

/// <summary>
/// Reminders, escalations and digests for the caller and their actor roles, and calendar-coverage notices for
/// administrators, oldest first after a cursor.
/// </summary>
public static class NotificationsApi
{
    public static IEndpointRouteBuilder MapNotificationsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/notifications", ListAsync).WithTags("Notifications").RequireAuthorization()
            .Operation("listMyNotifications", "List my notifications", "My notifications: kind (reminder, escalation, digest, calendar-coverage), after (the last id seen), limit.").Paged(100, 500);
        return routes;
    }

    private static async Task<Ok<List<NotificationView>>> ListAsync(
        HttpContext http, WorkflowsDbContext db, string? kind, long? after, int? limit, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        // Administrators also get what is meant for their agency's administrators; a platform administrator, every agency's.
        // That audience is a system role: a token naming it among its actor roles does not reach it.
        var admin = caller.IsPlatformAdmin || caller.Roles.Contains(SystemRoles.Admin);
        var scope = caller.Scope;
        var query = db.Notifications.AsNoTracking()
            .Where(n => (n.Agency == caller.Agency && (n.ToUser == caller.UserId
                    || (n.ToUser == null && n.ToRole != NotificationAudiences.Admins && caller.Actors.Contains(n.ToRole!))))
                || (admin && n.ToUser == null && n.ToRole == NotificationAudiences.Admins && (scope == null || n.Agency == scope)));
        query = kind is null ? query : query.Where(n => n.Kind == kind);
        query = after is null ? query : query.Where(n => n.Id > after);
        var rows = await query.OrderBy(n => n.Id).Take(Math.Clamp(limit ?? 100, 1, 500)).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(NotificationView.From).ToList());
    }
}
