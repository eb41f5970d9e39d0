using System.Globalization;

namespace Workflows.Core.Time;

/// <summary>
/// A whole number of one unit. The constructor rejects zero, negative and absurd amounts
/// (see <see cref="DurationUnits.MaxAmount"/>) so that no code path can schedule a deadline from one;
/// use <see cref="TryCreate"/> to get the reason as text instead of an exception.
/// </summary>
public readonly record struct DurationAmount(int Amount, DurationUnit Unit)
{
    public int Amount { get; } = Problem(Amount, Unit, $"{Amount} {Unit}") is { } problem
        ? throw new ArgumentOutOfRangeException(nameof(Amount), Amount, problem)
        : Amount;

    public DurationUnit Unit { get; } = Unit;

    /// <summary>Validates without throwing; takes a <see langword="long"/> so callers need not pre-check overflow.</summary>
    public static bool TryCreate(long amount, DurationUnit unit, out DurationAmount result, out string error)
    {
        if (!Enum.IsDefined(unit))
        {
            (result, error) = (default, $"unknown duration unit {(int)unit}");
            return false;
        }

        if (Problem(amount, unit, $"{amount} {unit.ToIndonesian()}") is { } problem)
        {
            (result, error) = (default, problem);
            return false;
        }

        (result, error) = (new DurationAmount((int)amount, unit), string.Empty);
        return true;
    }

    /// <summary>Canonical Indonesian, e.g. <c>3 hari kerja</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Amount} {Unit.ToIndonesian()}");

    /// <summary>Why an amount is unacceptable, or null; <paramref name="shown"/> is how the caller names the duration.</summary>
    internal static string? Problem(long amount, DurationUnit unit, string shown)
    {
        if (amount < 1)
        {
            return $"duration {shown} must be at least 1";
        }

        var max = unit.MaxAmount();
        return amount > max ? $"absurd duration {shown}: at most {max} {unit.ToIndonesian()}" : null;
    }
}
