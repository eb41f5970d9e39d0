using System.Net;

namespace Workflows.Infrastructure.Webhooks;

/// <summary>
/// The URL rules a webhook is registered under and checked against again before each delivery: https to a host that is
/// not an internal address. Names are judged when they are resolved (<see cref="WebhookConnector"/>); here only
/// literal addresses and <c>localhost</c> are known. Plain http is for development only: to loopback, and only with
/// <see cref="WebhookOptions.AllowLoopbackHttp"/>.
/// </summary>
public static class WebhookUrl
{
    /// <summary>What is wrong with <paramref name="url"/> as a webhook address (an error naming the field), or null.</summary>
    public static string? Problem(string? url, bool allowLoopbackHttp)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return "url: must be an absolute https URL";
        }

        var host = uri.DnsSafeHost.TrimEnd('.');
        var literal = IPAddress.TryParse(host, out var parsed) ? parsed : null;
        var loopback = IsLoopbackName(host) || (literal is not null && IPAddress.IsLoopback(literal.IsIPv4MappedToIPv6 ? literal.MapToIPv4() : literal));
        if (loopback ? !allowLoopbackHttp : literal is not null && !WebhookAddressPolicy.Allows(literal, allowLoopback: false))
        {
            return $"url: {uri.Host} is an internal address (loopback, private, link-local, metadata or reserved); a webhook goes to a public endpoint";
        }

        return uri.Scheme == "http" && !loopback
            ? $"url: must use https (plain http goes only to loopback, in development, with {WebhookOptions.Section}:{nameof(WebhookOptions.AllowLoopbackHttp)})"
            : null;
    }

    private static bool IsLoopbackName(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase);
}
