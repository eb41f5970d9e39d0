namespace Workflows.Core.Deadlines;

/// <summary>A time a user is out of office (dinas luar, cuti), from <see cref="Start"/> up to <see cref="End"/>.</summary>
public sealed record AwayPeriod(DateTimeOffset Start, DateTimeOffset End);
