using System.Security.Claims;
using Workflows.Core.Access;
using Workflows.Core.Runtime;

namespace Workflows.Api.Auth;

/// <summary>The authenticated user of a request: who, in which agency, with which system and actor roles.</summary>
public sealed record Caller(string UserId, string Agency, IReadOnlySet<string> Roles, IReadOnlySet<string> Actors)
{
    public bool IsPlatformAdmin => Roles.Contains(SystemRoles.PlatformAdmin);

    /// <summary>The agency the caller is confined to, or null for a platform administrator.</summary>
    public string? Scope => IsPlatformAdmin ? null : Agency;

    public Actor Actor => new(UserId, Actors);

    public static Caller From(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return new Caller(
            principal.FindFirstValue(TokenClaims.Subject) ?? throw new InvalidOperationException("The token has no 'sub' claim."),
            principal.FindFirstValue(TokenClaims.Agency) ?? string.Empty,
            principal.FindAll(TokenClaims.Roles).Select(c => c.Value).ToHashSet(StringComparer.Ordinal),
            principal.FindAll(TokenClaims.Actors).Select(c => c.Value).ToHashSet(StringComparer.Ordinal));
    }
}
