namespace Workflows.Core.Time;

/// <summary>
/// The standard duration of an SOP step, as written in the SOP table (<see cref="Text"/>) and as understood.
/// A single value is stored in <see cref="Max"/> because it is the deadline; <see cref="Min"/> is only
/// set by a range and marks the earliest expected completion. Both are null when the SOP sets no standard.
/// </summary>
public sealed record MutuBaku(string Text, DurationAmount? Min, DurationAmount? Max)
{
    public bool HasStandard => Max is not null;

    /// <summary>A step whose SOP sets no standard, e.g. "Menyesuaikan".</summary>
    public static MutuBaku NoStandard(string text) => new(text, null, null);

    /// <summary>
    /// Canonical Indonesian: <c>3 hari kerja</c>, <c>1 – 3 hari kerja</c>, <c>2 jam – 1 hari kerja</c>, or
    /// <c>Tidak ditentukan</c>. The result parses back to an equal Min and Max.
    /// </summary>
    public override string ToString() => (Min, Max) switch
    {
        (null, null) => "Tidak ditentukan",
        (null, { } max) => max.ToString(),
        ({ } min, { } max) when min.Unit == max.Unit => $"{min.Amount} – {max}",
        ({ } min, { } max) => $"{min} – {max}",
        ({ } min, null) => $"{min} – ?",
    };
}
