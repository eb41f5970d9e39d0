using System.Collections.Frozen;

namespace Workflows.Core.Time;

/// <summary>Time-zone lookup that survives hosts without tzdata.</summary>
public sealed partial class WorkingCalendar
{
    /// <summary>
    /// Indonesia's three zones (Keppres 41/1987: WIB, WITA, WIT) have fixed offsets and no daylight
    /// saving, so a fixed-offset zone is exact for every date the engine handles.
    /// </summary>
    private static readonly FrozenDictionary<string, (int Hours, string Name)> IndonesianZones =
        new Dictionary<string, (int, string)>
        {
            ["Asia/Jakarta"] = (7, "WIB"),
            ["Asia/Makassar"] = (8, "WITA"),
            ["Asia/Jayapura"] = (9, "WIT"),
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The system zone for an IANA id; for the Indonesian zones, a fixed-offset equivalent when the system
    /// has no tzdata (slim containers often ship without /usr/share/zoneinfo).
    /// </summary>
    /// <exception cref="TimeZoneNotFoundException">Unknown id that is not an Indonesian zone.</exception>
    public static TimeZoneInfo ResolveZone(string ianaId) => ResolveZone(ianaId, TimeZoneInfo.FindSystemTimeZoneById);

    internal static TimeZoneInfo ResolveZone(string ianaId, Func<string, TimeZoneInfo> findSystemZone)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ianaId);
        ArgumentNullException.ThrowIfNull(findSystemZone);
        try
        {
            return findSystemZone(ianaId);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException
            && IndonesianZones.ContainsKey(ianaId))
        {
            var (hours, name) = IndonesianZones[ianaId];
            return TimeZoneInfo.CreateCustomTimeZone(ianaId, TimeSpan.FromHours(hours), $"(UTC+{hours:00}:00) {name}", name);
        }
    }
}
