namespace Workflows.Core.Diagnostics;

public enum Severity
{
    Error,
    Warning,
}
