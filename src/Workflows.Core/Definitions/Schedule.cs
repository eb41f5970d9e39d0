using System.Collections.Immutable;
using System.Text.Json;

namespace Workflows.Core.Definitions;

/// <summary>
/// Periodic starts: a Quartz cron expression (seconds first, e.g. <c>0 0 8 2 1 ?</c> for 2 January 08:00) read in
/// <see cref="TimeZone"/>, and the data every scheduled instance starts with.
/// </summary>
public sealed record Schedule(string Cron, string TimeZone, ImmutableDictionary<string, JsonElement> Data);
