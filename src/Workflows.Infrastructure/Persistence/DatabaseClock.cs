namespace Workflows.Infrastructure.Persistence;

/// <summary>
/// The server's one clock: readings of a source clock cut to whole microseconds, the precision of PostgreSQL's
/// <c>timestamp with time zone</c>. A due time computed from a reading and answered at once is then the same instant
/// as the one read back from the database later, so every endpoint reports one instant for one deadline.
/// </summary>
public sealed class DatabaseClock(TimeProvider source) : TimeProvider
{
    /// <summary>The service key under which a host (or a test) registers the source clock; the system clock by default.</summary>
    public const string SourceKey = "workflows:source-clock";

    private const long TicksPerMicrosecond = TimeSpan.TicksPerMillisecond / 1000;

    public TimeProvider Source { get; } = source ?? throw new ArgumentNullException(nameof(source));

    public override DateTimeOffset GetUtcNow() => Truncate(Source.GetUtcNow());

    public override long GetTimestamp() => Source.GetTimestamp();

    public override long TimestampFrequency => Source.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => Source.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        Source.CreateTimer(callback, state, dueTime, period);

    /// <summary>An instant at the database's precision (whole microseconds, rounded towards the past).</summary>
    public static DateTimeOffset Truncate(DateTimeOffset instant) =>
        new(instant.Ticks - (instant.Ticks % TicksPerMicrosecond), instant.Offset);
}
