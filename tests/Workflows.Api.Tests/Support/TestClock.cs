namespace Workflows.Api.Tests.Support;

/// <summary>
/// The server's clock in the tests: real time plus an offset that a test may move forward (and must put back), so
/// deadlines can pass without sleeping.
/// </summary>
public sealed class TestClock : TimeProvider
{
    private TimeSpan offset;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + offset;

    public void Advance(TimeSpan by) => offset += by;

    public void Reset() => offset = TimeSpan.Zero;
}
