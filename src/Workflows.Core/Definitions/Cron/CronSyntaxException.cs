namespace Workflows.Core.Definitions.Cron;

/// <summary>A cron expression that does not read; the message says which field and why, for a WF027 diagnostic.</summary>
internal sealed class CronSyntaxException(string message) : Exception(message);
