using Workflows.Core.Definitions.V1;
using Workflows.Core.Diagnostics;
using Workflows.Core.Expressions;

namespace Workflows.Core.Definitions.Validation;

/// <summary>Parses and type-checks a <c>when:</c> condition against the declared data fields.</summary>
internal sealed class ConditionCompiler(IReadOnlyDictionary<string, FieldShape> fields, DiagnosticBag bag)
{
    public Condition? Compile(Located<string>? when)
    {
        if (when is null)
        {
            return null;
        }

        var parsed = Condition.Parse(when.Value);
        foreach (var error in parsed.Errors)
        {
            bag.Error(DiagnosticCodes.ConditionSyntax, At(when, error.Offset), $"condition '{when.Value}': {error.Message}");
        }

        if (parsed.Condition is not { } condition)
        {
            return null;
        }

        var undeclared = FieldCollector.Collect(condition.Root).Where(f => !fields.ContainsKey(f.Name)).ToList();
        foreach (var field in undeclared)
        {
            bag.Error(DiagnosticCodes.UndeclaredField, At(when, field.Offset), $"condition '{when.Value}' uses undeclared data field '{field.Name}'");
        }

        if (undeclared.Count > 0)
        {
            return null;
        }

        var typeErrors = condition.Check(fields);
        foreach (var error in typeErrors)
        {
            bag.Error(DiagnosticCodes.ConditionType, At(when, error.Offset), $"condition '{when.Value}': {error.Message}");
        }

        return typeErrors.Count == 0 ? condition : null;
    }

    private static SourcePosition At(Located<string> when, int offset) =>
        when.Position with { Column = when.Position.Column + Math.Max(0, offset) };
}
