namespace Workflows.Infrastructure.Persistence;

/// <summary>
/// Values of <see cref="NotificationRow.ToRole"/> that name holders of a system role rather than an SOP actor role. The
/// colon keeps them apart: an actor role id cannot contain one, so a definition's role named <c>admin</c> never
/// receives what is meant for the agency's administrators.
/// </summary>
public static class NotificationAudiences
{
    /// <summary>The administrators of the notification's agency (and platform administrators).</summary>
    public const string Admins = "system:admin";
}
