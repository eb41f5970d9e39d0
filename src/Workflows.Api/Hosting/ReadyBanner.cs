using System.Security.Claims;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Workflows.Api.Auth;

namespace Workflows.Api.Hosting;

/// <summary>
/// Once the server listens: prints where it is, where Swagger UI is and — on the embedded default — a platform
/// administrator token, so a new user can start at once.
/// </summary>
internal sealed partial class ReadyBanner(IHostApplicationLifetime lifetime, IServer server, IOptions<AuthOptions> auth, TimeProvider time, ILogger<ReadyBanner> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(Print);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Print()
    {
        var url = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "(unknown address)";
        var swagger = $"{url.TrimEnd('/')}/swagger";
        LogReady(logger, url, swagger);
        if (auth.Value is { PrintAdminToken: true, SigningKey: { } key })
        {
            var token = AdminToken(key.Trim());
            LogToken(logger, token);
        }
    }

    private string AdminToken(string key)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = AuthOptions.LocalIssuer,
            Audience = auth.Value.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddHours(12),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(System.Text.Encoding.UTF8.GetBytes(key)), SecurityAlgorithms.HmacSha256),
            Subject = new ClaimsIdentity(
            [
                new Claim(ClaimNames.User, "admin"),
                new Claim(ClaimNames.Agency, "*"),
                new Claim(ClaimNames.Roles, SystemRoles.PlatformAdmin),
                new Claim(ClaimNames.Roles, SystemRoles.Admin),
            ]),
        });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Workflows is ready at {Url}  (Swagger UI: {Swagger})")]
    private static partial void LogReady(ILogger logger, string url, string swagger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Platform administrator token (12 h):\n{Token}")]
    private static partial void LogToken(ILogger logger, string token);
}
