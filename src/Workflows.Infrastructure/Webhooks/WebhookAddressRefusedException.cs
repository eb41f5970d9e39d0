namespace Workflows.Infrastructure.Webhooks;

/// <summary>A webhook's host resolved to an address it may not be sent to; thrown before any socket is opened.</summary>
public sealed class WebhookAddressRefusedException : Exception
{
    public WebhookAddressRefusedException()
        : this("The webhook's address is not allowed.")
    {
    }

    public WebhookAddressRefusedException(string message)
        : base(message)
    {
    }

    public WebhookAddressRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
