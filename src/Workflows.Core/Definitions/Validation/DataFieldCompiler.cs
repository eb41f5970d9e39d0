using System.Globalization;
using System.Text.RegularExpressions;
using Workflows.Core.Definitions.V1;
using Workflows.Core.Diagnostics;

namespace Workflows.Core.Definitions.Validation;

/// <summary>Checks one data field declaration: its type, and that each constraint fits that type.</summary>
internal static class DataFieldCompiler
{
    public static DataField? Compile(DataFieldV1 field, DiagnosticBag bag)
    {
        var name = field.Key;
        if (!Identifiers.IsFieldName(name.Value))
        {
            bag.Error(DiagnosticCodes.InvalidId, name.Position,
                $"data field '{name.Value}' must be a plain identifier (letters, digits, '_'), usable in conditions");
        }

        if (field.Type is null)
        {
            return null;
        }

        if (!DataTypes.TryParse(field.Type.Value, out var type))
        {
            bag.Error(DiagnosticCodes.WrongType, field.Type.Position,
                $"data field '{name.Value}' has unknown type '{field.Type.Value}' (expected one of: {string.Join(", ", Enum.GetValues<DataType>().Select(DataTypes.Name))})");
            return null;
        }

        var errorsBefore = bag.Items.Count(d => d.Severity == Severity.Error);
        CheckBound(field.Min, type, name.Value, bag);
        CheckBound(field.Max, type, name.Value, bag);
        foreach (var (bound, key) in new[] { (field.MinLength, "min_length"), (field.MaxLength, "max_length") })
        {
            if (bound is not null && (type != DataType.String || bound.Value < 0))
            {
                bag.Error(DiagnosticCodes.WrongType, bound.Position, $"'{key}' of data field '{name.Value}' applies to non-negative lengths of strings only");
            }
        }

        CheckPattern(field, type, bag);
        if (type == DataType.Enum && field.Values.Count == 0)
        {
            bag.Error(DiagnosticCodes.MissingKey, field.Type.Position, $"enum data field '{name.Value}' needs 'values'");
        }
        else if (type != DataType.Enum && field.Values.Count > 0)
        {
            bag.Error(DiagnosticCodes.WrongType, field.Values[0].Position, $"'values' of data field '{name.Value}' applies to enums only");
        }

        var compiled = new DataField(name.Value, type, field.Title?.Value, field.Required?.Value ?? false, field.Min?.Value, field.Max?.Value,
            field.MinLength?.Value, field.MaxLength?.Value, field.Pattern?.Value, [.. field.Values.Select(v => v.Value).Distinct()]);
        // An example is checked only against a field whose own declaration is sound.
        var sound = bag.Items.Count(d => d.Severity == Severity.Error) == errorsBefore;
        return field.Example is { } example && sound
            ? compiled with { Example = ScalarValue.Read(compiled, example, $"example of data field '{name.Value}'", bag) }
            : compiled;
    }

    private static void CheckBound(Located<string>? bound, DataType type, string field, DiagnosticBag bag)
    {
        if (bound is null)
        {
            return;
        }

        var fits = type switch
        {
            DataType.Int => long.TryParse(bound.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _),
            DataType.Decimal => decimal.TryParse(bound.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out _),
            DataType.Date => DateOnly.TryParseExact(bound.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            _ => false,
        };
        if (!fits)
        {
            bag.Error(DiagnosticCodes.WrongType, bound.Position,
                $"bound '{bound.Value}' of data field '{field}' is not a valid {type.Name()} (bounds apply to int, decimal and date)");
        }
    }

    private static void CheckPattern(DataFieldV1 field, DataType type, DiagnosticBag bag)
    {
        if (field.Pattern is not { } pattern)
        {
            return;
        }

        if (type != DataType.String)
        {
            bag.Error(DiagnosticCodes.WrongType, pattern.Position, $"'pattern' of data field '{field.Key.Value}' applies to strings only");
            return;
        }

        try
        {
            // Non-backtracking: a pattern from a file must not be able to stall the server (ReDoS).
            _ = new Regex(pattern.Value, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
        }
        catch (ArgumentException e)
        {
            bag.Error(DiagnosticCodes.WrongType, pattern.Position, $"'pattern' of data field '{field.Key.Value}' is not a valid regular expression: {e.Message}");
        }
        catch (NotSupportedException)
        {
            bag.Error(DiagnosticCodes.WrongType, pattern.Position,
                $"'pattern' of data field '{field.Key.Value}' uses backreferences or lookarounds, which are not allowed (patterns must run in linear time)");
        }
    }
}
