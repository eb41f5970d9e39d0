using System.Globalization;
using System.Text.Json;
using Workflows.Core.Definitions.V1;
using Workflows.Core.Diagnostics;
using Workflows.Core.Runtime;

namespace Workflows.Core.Definitions.Validation;

/// <summary>
/// A value written in YAML for a data field (a field's <c>example</c>, a schedule's <c>data</c>) as the JSON the
/// engine binds, checked against the field exactly as the server checks a request's data.
/// </summary>
internal static class ScalarValue
{
    public static JsonElement? Read(DataField field, Located<string> text, string what, DiagnosticBag bag)
    {
        var json = field.Type switch
        {
            DataType.Int or DataType.Decimal when decimal.TryParse(text.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out _) => text.Value,
            DataType.Bool when text.Value is "true" or "false" => text.Value,
            DataType.Int or DataType.Decimal or DataType.Bool => null,
            _ => JsonSerializer.Serialize(text.Value),
        };
        var element = json is null ? (JsonElement?)null : JsonDocument.Parse(json).RootElement.Clone();
        var error = element is { } value
            ? DataValues.Read(field, value).Error
            : $"must be {(field.Type == DataType.Bool ? "true or false" : "a number")}, not '{text.Value}'";
        if (error is null)
        {
            return element;
        }

        bag.Error(DiagnosticCodes.WrongType, text.Position, $"{what} {error}");
        return null;
    }
}
