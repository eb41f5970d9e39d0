namespace Workflows.Infrastructure.Persistence;

/// <summary>The states of an escalation.</summary>
public static class EscalationStatus
{
    public const string Open = "open";
    public const string Acknowledged = "acknowledged";
}
