using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using Workflows.Api.Auth;
using Workflows.Core.Access;

namespace Workflows.Api.Hosting;

/// <summary>
/// Once the server listens: prints where it is, where Swagger UI is and — on the embedded default — a platform
/// administrator token, so a new user can start at once.
/// </summary>
internal sealed partial class ReadyBanner(
    IHostApplicationLifetime lifetime, IServer server, IOptions<AuthOptions> auth, IConfiguration configuration, TimeProvider time, ILogger<ReadyBanner> logger)
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
        var swagger = configuration.GetValue<bool>(ApiServices.OpenApiSetting) ? $"{url.TrimEnd('/')}/swagger" : $"off; {ApiServices.OpenApiSetting} turns it on";
        LogReady(logger, url, swagger);
        if (auth.Value is { PrintAdminToken: true, SigningKey: { } key })
        {
            var token = AdminToken(key.Trim());
            LogToken(logger, token);
        }
    }

    /// <summary>The same kind of token <c>workflows token</c> mints, for the platform administrator, valid 12 hours.</summary>
    private string AdminToken(string key) =>
        new LocalTokenIssuer(key, time).Issue(new TokenRequest("admin", "*")
        {
            Roles = [SystemRoles.PlatformAdmin, SystemRoles.Admin],
            Lifetime = TimeSpan.FromHours(12),
        });

    [LoggerMessage(Level = LogLevel.Information, Message = "Workflows is ready at {Url}  (Swagger UI: {Swagger})")]
    private static partial void LogReady(ILogger logger, string url, string swagger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Platform administrator token (12 h):\n{Token}")]
    private static partial void LogToken(ILogger logger, string token);
}
