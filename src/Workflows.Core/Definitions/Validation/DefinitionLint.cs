using System.Globalization;
using Workflows.Core.Definitions.V1;
using Workflows.Core.Diagnostics;
using Workflows.Core.Time;

namespace Workflows.Core.Definitions.Validation;

/// <summary>Softer problems: legal definitions that are probably not what the SOP means.</summary>
internal sealed class DefinitionLint(WorkflowDefinition definition, WorkflowDefinitionV1 source, Func<string, SourcePosition> positionOf, DiagnosticBag bag)
{
    public void Check(IReadOnlySet<string> reachable)
    {
        CheckLongestPath(reachable);
        CheckUnused();
        foreach (var step in definition.Steps)
        {
            if (step.Next.Length > 0 && step.Next.All(t => t.When is not null))
            {
                bag.Warning(DiagnosticCodes.NoDefaultBranch, positionOf(step.Id),
                    $"every 'next' of step '{step.Id}' has a condition; when none holds the instance cannot continue (add an entry without 'when')");
            }

            if (step.Counterparty is { } party && definition.Role(party) is { External: false })
            {
                bag.Warning(DiagnosticCodes.InternalCounterparty, positionOf(step.Id),
                    $"{step.Kind.Name()} step '{step.Id}' exchanges documents with '{party}', which is not marked external: true");
            }
        }
    }

    /// <summary>The seeds contain tables whose step times add up to more than the service standard promises.</summary>
    private void CheckLongestPath(IReadOnlySet<string> reachable)
    {
        if (definition.ServiceStandard?.Total.Max is not { } total || source.ServiceStandard?.Total is not { } totalText)
        {
            return;
        }

        var (hours, path) = LongestPath.Find(definition, reachable);
        var limit = DurationMath.ApproximateWorkingHours(total);
        if (hours > limit + 1e-9)
        {
            bag.Warning(DiagnosticCodes.LongestPathExceedsTotal, totalText.Position,
                $"the longest path ({string.Join(" → ", path)}) adds up to about {Days(hours)} hari kerja, " +
                $"more than the service standard total '{totalText.Value}' (about {Days(limit)} hari kerja)");
        }
    }

    private void CheckUnused()
    {
        var usedRoles = definition.Steps.SelectMany(s => new[] { s.Actor, s.Counterparty })
            .Concat(definition.Roles.Select(r => r.Supervisor)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var role in source.Roles.Where(r => !usedRoles.Contains(r.Key.Value)))
        {
            bag.Warning(DiagnosticCodes.Unused, role.Key.Position, $"role '{role.Key.Value}' is declared but no step uses it");
        }

        var usedDocuments = definition.Steps.SelectMany(s => s.Requires.Concat(s.Produces))
            .Concat(definition.ServiceStandard?.Requirements ?? []).ToHashSet(StringComparer.Ordinal);
        foreach (var document in source.Documents.Where(d => !usedDocuments.Contains(d.Key.Value)))
        {
            bag.Warning(DiagnosticCodes.Unused, document.Key.Position, $"document '{document.Key.Value}' is declared but no step uses it");
        }
    }

    private static string Days(double hours) => (hours / DurationMath.HoursPerWorkingDay).ToString("0.#", CultureInfo.InvariantCulture);
}
