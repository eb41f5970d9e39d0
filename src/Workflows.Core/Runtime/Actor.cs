namespace Workflows.Core.Runtime;

/// <summary>Who issues a command: a user with the SOP actor roles they hold, or the engine itself.</summary>
public sealed record Actor(string UserId, IReadOnlySet<string> ActorRoles)
{
    /// <summary>The engine acting on its own (timers, sub-process completion, message delivery).</summary>
    public static readonly Actor System = new("system", new HashSet<string>());

    public bool Holds(string? role) => role is not null && ActorRoles.Contains(role);
}
