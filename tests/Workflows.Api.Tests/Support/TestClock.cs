using System.Globalization;

namespace Workflows.Api.Tests.Support;

/// <summary>
/// The server's clock in the tests: real time plus an offset that a test may move forward (and must put back), so
/// deadlines can pass without sleeping. Moving it wakes the timer runners of every node (<see cref="Moved"/>).
/// When <c>WORKFLOWS_TEST_NOW</c> holds an instant (ISO 8601 with offset), the clock starts there instead of at the
/// real time, and putting it back returns it there: <c>make test</c> runs the server tests again from moments that
/// catch a dependence on the hour, the weekday or the date (a Friday before noon, a Saturday, the eve of a cuti
/// bersama, the last minute of the year).
/// </summary>
public sealed class TestClock : TimeProvider
{
    public const string StartVariable = "WORKFLOWS_TEST_NOW";

    private readonly TimeSpan start;
    private TimeSpan offset;

    public TestClock()
    {
        start = Environment.GetEnvironmentVariable(StartVariable) is { Length: > 0 } text
            ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.None) - System.GetUtcNow()
            : TimeSpan.Zero;
        offset = start;
    }

    public event Action? Moved;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + offset;

    public void Advance(TimeSpan by)
    {
        offset += by;
        Moved?.Invoke();
    }

    /// <summary>Moves the clock so that it reads <paramref name="now"/> (and runs on from there in real time).</summary>
    public void SetNow(DateTimeOffset now) => Advance(now - GetUtcNow());

    /// <summary>Puts the clock back where the run started it.</summary>
    public void Reset()
    {
        offset = start;
        Moved?.Invoke();
    }
}
