using Workflows.Infrastructure.Wakeups;

namespace Workflows.Infrastructure.Calendars;

/// <summary>Wakes this node's re-timing runner when a run was requested here.</summary>
public sealed class RetimeSignal : Wakeup;
