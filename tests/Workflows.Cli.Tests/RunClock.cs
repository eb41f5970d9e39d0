using System.Globalization;

namespace Workflows.Cli.Tests;

/// <summary>
/// The clock of a test run: real time, or real time started at <c>WORKFLOWS_TEST_NOW</c> (ISO 8601 with offset) when
/// <c>make test</c> reruns the suite from a chosen moment to catch a dependence on the hour, weekday or date.
/// </summary>
internal sealed class RunClock : TimeProvider
{
    private readonly TimeSpan offset = Environment.GetEnvironmentVariable("WORKFLOWS_TEST_NOW") is { Length: > 0 } text
        ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.None) - System.GetUtcNow()
        : TimeSpan.Zero;

    public static RunClock Instance { get; } = new();

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + offset;
}
