namespace Workflows.Api.Tests.Support;

/// <summary>
/// The server's clock in the tests: real time plus an offset that a test may move forward (and must put back), so
/// deadlines can pass without sleeping. Moving it wakes the timer runners of every node (<see cref="Moved"/>).
/// </summary>
public sealed class TestClock : TimeProvider
{
    private TimeSpan offset;

    public event Action? Moved;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + offset;

    public void Advance(TimeSpan by)
    {
        offset += by;
        Moved?.Invoke();
    }

    /// <summary>Moves the clock so that it reads <paramref name="now"/> (and runs on from there in real time).</summary>
    public void SetNow(DateTimeOffset now) => Advance(now - GetUtcNow());

    public void Reset()
    {
        offset = TimeSpan.Zero;
        Moved?.Invoke();
    }
}
