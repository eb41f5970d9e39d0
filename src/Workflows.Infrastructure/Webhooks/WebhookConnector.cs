using System.Net;
using System.Net.Sockets;

namespace Workflows.Infrastructure.Webhooks;

/// <summary>
/// Opens the connections of webhook POSTs. It resolves the host itself, refuses the whole host if any address it
/// resolves to is internal (<see cref="WebhookAddressPolicy"/>), and connects to the addresses it checked: a name that
/// resolves differently at registration and at delivery (DNS rebinding) cannot slip past, and nothing is sent to an
/// internal address, not even a SYN. The handler follows no redirects and uses no proxy (a proxy would make the
/// connection, not this check).
/// </summary>
public sealed class WebhookConnector(bool allowLoopback)
{
    /// <summary>The primary handler of the webhook HTTP client.</summary>
    public static SocketsHttpHandler CreateHandler(WebhookOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var connector = new WebhookConnector(options.AllowLoopbackHttp);
        return new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            UseCookies = false,
            ConnectTimeout = options.Timeout,
            // Only the status is read: an unread body closes the connection instead of being drained.
            MaxResponseDrainSize = 0,
            MaxResponseHeadersLength = 16,
            ConnectCallback = (context, cancellationToken) => connector.ConnectAsync(context.DnsEndPoint, cancellationToken),
        };
    }

    /// <summary>The checked addresses of <paramref name="host"/>; throws <see cref="WebhookAddressRefusedException"/> if any is internal.</summary>
    public async Task<IPAddress[]> AddressesAsync(string host, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(host);
        var bare = host.StartsWith('[') ? host.Trim('[', ']') : host;
        var addresses = IPAddress.TryParse(bare, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(bare, cancellationToken);
        if (addresses.Length == 0 || addresses.Any(a => !WebhookAddressPolicy.Allows(a, allowLoopback)))
        {
            throw new WebhookAddressRefusedException($"The webhook host {host} resolves to an address that is not allowed.");
        }

        return addresses;
    }

    public async ValueTask<Stream> ConnectAsync(DnsEndPoint endpoint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var addresses = await AddressesAsync(endpoint.Host, cancellationToken);
        var failures = new List<Exception>();
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, endpoint.Port), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException e)
            {
                socket.Dispose();
                failures.Add(e);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw failures.Count == 1 ? failures[0] : new AggregateException(failures);
    }
}
