using System.Collections.Frozen;

namespace Workflows.Core.Time;

/// <summary>YAML names of <see cref="HolidayKind"/> values and the usual closing set.</summary>
public static class HolidayKinds
{
    /// <summary>ASN offices close on every kind; a unit that works on cuti bersama passes a smaller set.</summary>
    public static IReadOnlySet<HolidayKind> All { get; } = Enum.GetValues<HolidayKind>().ToFrozenSet();

    public static string ToYamlName(this HolidayKind kind) => kind switch
    {
        HolidayKind.LiburNasional => "libur_nasional",
        HolidayKind.CutiBersama => "cuti_bersama",
        HolidayKind.LiburDaerah => "libur_daerah",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown holiday kind."),
    };

    /// <summary>Exact lower-case match, as written in calendar files and the SKB holiday lists.</summary>
    public static bool TryParseYamlName(string? name, out HolidayKind kind) =>
        EnumNames.TryParse(name, ToYamlName, out kind);
}
