namespace Workflows.Api.Auth;

/// <summary>
/// The <c>Auth</c> section. Production sets <see cref="Authority"/> (an OIDC issuer whose keys are fetched from its
/// discovery document); the embedded default sets <see cref="SigningKey"/>, a shared HS256 secret that
/// <c>workflows token</c> signs with.
/// </summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    public string? Authority { get; set; }

    public string Audience { get; set; } = "workflows";

    public string? SigningKey { get; set; }

    /// <summary>Require HTTPS for the authority's metadata (turn off only for a local identity provider).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>
    /// The longest lifetime (expiry minus issue time) of a token the server accepts; a longer one is refused even when
    /// its signature is good, so a leaked token of the embedded default cannot outlive a working day.
    /// </summary>
    public TimeSpan MaxTokenLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>Log a ready platform-administrator token at start (the embedded default only).</summary>
    public bool PrintAdminToken { get; set; }
}
