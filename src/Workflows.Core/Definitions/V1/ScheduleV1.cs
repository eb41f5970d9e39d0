using Workflows.Core.Diagnostics;

namespace Workflows.Core.Definitions.V1;

/// <summary><c>schedule: { cron, time_zone, data }</c>: instances started periodically.</summary>
public sealed class ScheduleV1
{
    public SourcePosition Position { get; init; }

    public Located<string>? Cron { get; init; }

    public Located<string>? TimeZone { get; init; }

    /// <summary>The data each scheduled instance starts with, field by field as written.</summary>
    public IReadOnlyList<KeyValuePair<Located<string>, Located<string>?>> Data { get; init; } = [];
}
