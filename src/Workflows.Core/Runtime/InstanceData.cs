using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Workflows.Core.Definitions;

namespace Workflows.Core.Runtime;

/// <summary>Binds JSON input to a definition's typed <c>data</c> fields and writes typed values back as JSON.</summary>
public static class InstanceData
{
    /// <summary>Errors listed one by one; the rest are counted in one last line, so a hostile body gets a short answer.</summary>
    public const int MaxErrors = 50;

    /// <summary>
    /// Fields one command may carry when the definition declares fewer: more than that cannot all be declared fields, so
    /// such input is refused in one line without reading it field by field.
    /// </summary>
    public const int MaxFields = 200;

    /// <summary>
    /// Applies <paramref name="input"/> over <paramref name="current"/>. With <paramref name="requireAll"/> (at start) every
    /// <c>required</c> field must end up with a value. Errors name the field: <c>data.nip: must match ^[0-9]{18}$</c>.
    /// A JSON <c>null</c> clears a field.
    /// </summary>
    public static DataBindResult Bind(
        WorkflowDefinition definition,
        ImmutableSortedDictionary<string, object?> current,
        IReadOnlyDictionary<string, JsonElement> input,
        bool requireAll)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(input);
        var fields = definition.Data.ToDictionary(f => f.Name, StringComparer.Ordinal);
        var most = Math.Max(MaxFields, fields.Count);
        if (input.Count > most)
        {
            return new DataBindResult(current, [$"data: {input.Count} fields given; at most {most} are accepted (declared: {Declared(fields.Keys)})"]);
        }

        var errors = new DataErrors();
        var wrong = new HashSet<string>(StringComparer.Ordinal);
        var data = current.ToBuilder();
        var named = false;
        foreach (var (name, element) in input.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!fields.TryGetValue(name, out var field))
            {
                // The declared fields are listed with the first unknown one only: repeated per field they made the
                // answer to a body of many unknown fields many times larger than the body.
                errors.Add(named ? $"data.{Shorten(name)}: is not a declared field" : $"data.{Shorten(name)}: is not a declared field (declared: {Declared(fields.Keys)})");
                named = true;
                continue;
            }

            var (value, error) = DataValues.Read(field, element);
            if (error is not null)
            {
                errors.Add($"data.{name}: {error}");
                wrong.Add(name);
            }
            else if (value is null)
            {
                data.Remove(name);
            }
            else
            {
                data[name] = value;
            }
        }

        foreach (var field in definition.Data.Where(f => f.Required && !data.ContainsKey(f.Name) && !wrong.Contains(f.Name)))
        {
            if (requireAll || input.ContainsKey(field.Name))
            {
                errors.Add($"data.{field.Name}: is required");
            }
        }

        return new DataBindResult(data.ToImmutable(), errors.ToImmutable());
    }

    private static string Declared(IEnumerable<string> names) =>
        names.Any() ? string.Join(", ", names.Order(StringComparer.Ordinal)) : "none";

    /// <summary>Writes one typed value (string, long, decimal, bool, DateOnly as yyyy-MM-dd, or null).</summary>
    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case long integer:
                writer.WriteNumberValue(integer);
                break;
            case decimal number:
                writer.WriteNumberValue(number);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case DateOnly date:
                writer.WriteStringValue(date.ToString(DataValues.DateFormat, CultureInfo.InvariantCulture));
                break;
            default:
                throw new ArgumentException($"Instance data holds a value of unsupported type {value.GetType().Name}.", nameof(value));
        }
    }

    /// <summary>A value as one line of text for the audit trail.</summary>
    public static string? Text(object? value) => value switch
    {
        null => null,
        DateOnly date => date.ToString(DataValues.DateFormat, CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    private static string Shorten(string name) => name.Length <= 64 ? name : name[..64] + "…";
}
