namespace Workflows.Cli;

/// <summary>The command line itself is wrong: reported with the usage text and exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
