using System.Collections.Frozen;

namespace Workflows.Core.Time;

/// <summary>The words accepted in mutu baku text, already lower-cased and with single spaces.</summary>
internal static class MutuBakuVocabulary
{
    /// <summary>
    /// Unit words with the factor that turns their amount into the stored unit (a year is stored as
    /// 12 months so that calendar arithmetic has one month rule). Bare "hari" and "days" mean working days:
    /// service standards in SOP tables (PermenPAN-RB 35/2012) are counted in working days, so the seeds
    /// often drop "kerja"; calendar days must be said explicitly.
    /// </summary>
    public static readonly FrozenDictionary<string, (DurationUnit Unit, int Factor)> Units =
        new Dictionary<string, (DurationUnit, int)>
        {
            ["menit"] = (DurationUnit.Minutes, 1),
            ["minute"] = (DurationUnit.Minutes, 1),
            ["minutes"] = (DurationUnit.Minutes, 1),
            ["min"] = (DurationUnit.Minutes, 1),
            ["mins"] = (DurationUnit.Minutes, 1),
            ["jam"] = (DurationUnit.Hours, 1),
            ["hour"] = (DurationUnit.Hours, 1),
            ["hours"] = (DurationUnit.Hours, 1),
            ["hari kerja"] = (DurationUnit.WorkingDays, 1),
            ["hari"] = (DurationUnit.WorkingDays, 1),
            ["working day"] = (DurationUnit.WorkingDays, 1),
            ["working days"] = (DurationUnit.WorkingDays, 1),
            ["business day"] = (DurationUnit.WorkingDays, 1),
            ["business days"] = (DurationUnit.WorkingDays, 1),
            ["day"] = (DurationUnit.WorkingDays, 1),
            ["days"] = (DurationUnit.WorkingDays, 1),
            ["hari kalender"] = (DurationUnit.CalendarDays, 1),
            ["calendar day"] = (DurationUnit.CalendarDays, 1),
            ["calendar days"] = (DurationUnit.CalendarDays, 1),
            ["minggu"] = (DurationUnit.Weeks, 1),
            ["pekan"] = (DurationUnit.Weeks, 1),
            ["week"] = (DurationUnit.Weeks, 1),
            ["weeks"] = (DurationUnit.Weeks, 1),
            ["bulan"] = (DurationUnit.Months, 1),
            ["month"] = (DurationUnit.Months, 1),
            ["months"] = (DurationUnit.Months, 1),
            ["tahun"] = (DurationUnit.Months, 12),
            ["year"] = (DurationUnit.Months, 12),
            ["years"] = (DurationUnit.Months, 12),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Phrases the seed SOPs use where a step has no fixed standard (it depends on the applicant or on a
    /// central agency). "-" and "~" are how empty table cells were transcribed.
    /// </summary>
    public static readonly FrozenSet<string> NoStandard = new[]
    {
        "", "-", "–", "—", "~",
        "menyesuaikan", "mempersiapkan", "sesuai ketentuan", "sesuai ketentuan pusat",
        "tentatif", "tidak ditentukan",
    }.ToFrozenSet(StringComparer.Ordinal);
}
