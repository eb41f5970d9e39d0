namespace Workflows.Cli.Tests;

/// <summary>A clock that always reads the same instant.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
