using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Workflows.Api.Auth;

/// <summary>
/// Refuses a validly signed token that lives longer than <see cref="AuthOptions.MaxTokenLifetime"/>: its expiry minus
/// its issue time (or its not-before time, or now when it has neither).
/// </summary>
internal static class TokenLifetime
{
    public static Task Check(TokenValidatedContext context, TimeSpan longest)
    {
        var token = context.SecurityToken;
        var issued = token is JsonWebToken { IssuedAt: var iat } && iat != DateTime.MinValue ? iat
            : token.ValidFrom != DateTime.MinValue ? token.ValidFrom
            : (context.Options.TimeProvider ?? TimeProvider.System).GetUtcNow().UtcDateTime;
        var lifetime = token.ValidTo - issued;
        if (lifetime > longest)
        {
            context.Fail($"the token lives {lifetime.TotalHours:0.#} h; this server accepts at most {longest.TotalHours:0.#} h (Auth:MaxTokenLifetime)");
        }

        return Task.CompletedTask;
    }
}
