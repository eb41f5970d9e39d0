using System.Net;
using System.Net.Sockets;

namespace Workflows.Infrastructure.Webhooks;

/// <summary>
/// The fixed texts a failed delivery is logged with. The log is shown to agency administrators, so it says what kind of
/// failure it was and never carries an exception's message or the receiver's answer: those would tell which internal
/// hosts and ports exist.
/// </summary>
internal static class DeliveryError
{
    public const string Refused = "refused: address not allowed";
    public const string NotResolved = "name not resolved";
    public const string Timeout = "timeout";
    public const string ConnectionFailed = "connection failed";

    public static string Status(HttpStatusCode status) => $"HTTP {(int)status}";

    public static string Of(Exception exception) => exception switch
    {
        TaskCanceledException or OperationCanceledException => Timeout,
        WebhookAddressRefusedException or HttpRequestException { InnerException: WebhookAddressRefusedException } => Refused,
        HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError } => NotResolved,
        HttpRequestException { InnerException: SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.TryAgain or SocketError.NoData } } => NotResolved,
        _ => ConnectionFailed,
    };
}
