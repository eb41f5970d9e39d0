using Workflows.Core.Definitions.V1;
using Workflows.Core.Diagnostics;

namespace Workflows.Core.Definitions.Validation;

/// <summary>Validates a <c>workflows/v1</c> DTO and compiles it into an immutable <see cref="WorkflowDefinition"/>.</summary>
public static class DefinitionCompiler
{
    /// <summary>No SOP comes near this; the bound keeps graph analysis cheap and its recursion shallow.</summary>
    public const int MaxSteps = 1000;

    /// <summary>Returns the compiled definition, or null when any error was reported. Lint warnings go to the bag too.</summary>
    public static WorkflowDefinition? Compile(WorkflowDefinitionV1 dto, CompileContext context, DiagnosticBag bag)
    {
        CheckHeader(dto, context, bag);
        if (dto.Steps.Count > MaxSteps)
        {
            bag.Error(DiagnosticCodes.InputLimit, dto.Position, $"a definition has at most {MaxSteps} steps; this one has {dto.Steps.Count}");
            return null;
        }

        var roles = DeclarationCompiler.Roles(dto.Roles, bag);
        var documents = DeclarationCompiler.Documents(dto.Documents, bag);
        var fields = DeclarationCompiler.Fields(dto.Data, bag);
        var declared = new DeclaredNames(
            roles.Select(r => r.Id).ToHashSet(StringComparer.Ordinal),
            documents.Select(d => d.Id).ToHashSet(StringComparer.Ordinal),
            fields.ToDictionary(f => f.Name, f => f.Shape, StringComparer.Ordinal));
        var standard = DeclarationCompiler.Standard(dto.ServiceStandard, declared, bag);
        var schedule = ScheduleCompiler.Compile(dto.Schedule, fields, context.Schedules, bag);
        if (schedule is not null && standard is { Requirements.Length: > 0 })
        {
            bag.Error(DiagnosticCodes.BadSchedule, dto.Schedule!.Position,
                "a scheduled definition cannot have service standard requirements: nobody hands documents in when an instance starts on schedule");
        }

        var sources = UniqueSteps(dto.Steps, bag);
        var compiler = new StepCompiler(declared, sources.Keys.ToHashSet(StringComparer.Ordinal),
            new ConditionCompiler(declared.Fields, bag), context, bag);
        // Steps that compiled are analysed even when others did not, so that one run reports every problem.
        var steps = dto.Steps.Select(compiler.Compile).OfType<WorkflowStep>().DistinctBy(s => s.Id).ToList();
        if (steps.Count == 0)
        {
            return null;
        }

        var definition = new WorkflowDefinition(
            dto.Id?.Value ?? "", dto.Title?.Value ?? "", dto.Agency?.Value ?? "", Source(dto.Source),
            dto.Calendar?.Value ?? CompileContext.DefaultCalendar, standard, roles, documents, fields, [.. steps], schedule);
        Analyse(definition, dto, id => sources[id].Position, bag);
        CoverageLint.Check(definition.Calendar, dto.Calendar, context.Coverage, bag);
        return bag.HasErrors ? null : definition;
    }

    private static void Analyse(WorkflowDefinition definition, WorkflowDefinitionV1 dto, Func<string, SourcePosition> positionOf, DiagnosticBag bag)
    {
        var graph = new GraphAnalysis(definition, positionOf, bag);
        graph.Check();
        var available = DocumentFlow.Available(definition, graph.Reachable, graph.Blocks);
        var declared = definition.Documents.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var source in dto.Steps.Where(s => s.Id is not null && available.ContainsKey(s.Id.Value)))
        {
            // Undeclared documents were reported already; saying they are also unavailable would be noise.
            foreach (var document in source.Requires.Where(d => declared.Contains(d.Value) && !available[source.Id!.Value].Contains(d.Value)))
            {
                bag.Error(DiagnosticCodes.DocumentNotAvailable, document.Position,
                    $"step '{source.Id!.Value}' requires '{document.Value}', which is not a service requirement and not produced on every path before it");
            }
        }

        new DefinitionLint(definition, dto, positionOf, bag).Check(graph.Reachable);
    }

    private static void CheckHeader(WorkflowDefinitionV1 dto, CompileContext context, DiagnosticBag bag)
    {
        if (dto.Agency is { } agency && !Identifiers.IsName(agency.Value))
        {
            bag.Error(DiagnosticCodes.InvalidId, agency.Position, $"agency '{agency.Value}' must be lowercase letters, digits and '-'");
        }

        if (dto.Id is { } id && !(Identifiers.IsDefinitionId(id.Value) && id.Value.StartsWith(dto.Agency?.Value + ".", StringComparison.Ordinal)))
        {
            bag.Error(DiagnosticCodes.InvalidId, id.Position,
                $"definition id '{id.Value}' must be '<agency>.<name>' in lowercase, starting with its agency '{dto.Agency?.Value}'");
        }

        if (dto.Calendar is { } calendar && context.Calendars?.Contains(calendar.Value) == false)
        {
            bag.Error(DiagnosticCodes.UnknownCalendar, calendar.Position,
                $"calendar '{calendar.Value}' is not defined (known: {string.Join(", ", context.Calendars.Order(StringComparer.Ordinal))})");
        }
    }

    private static Dictionary<string, StepV1> UniqueSteps(IReadOnlyList<StepV1> steps, DiagnosticBag bag)
    {
        var unique = new Dictionary<string, StepV1>(StringComparer.Ordinal);
        foreach (var step in steps.Where(s => s.Id is not null))
        {
            DeclarationCompiler.CheckName(step.Id!, "step", bag);
            if (!unique.TryAdd(step.Id!.Value, step))
            {
                bag.Error(DiagnosticCodes.DuplicateId, step.Id.Position,
                    $"step id '{step.Id.Value}' is already used at line {unique[step.Id.Value].Position.Line}");
            }
        }

        return unique;
    }

    private static SourceInfo Source(SourceV1? s) =>
        new(s?.Number?.Value, s?.Title?.Value, s?.Created?.Value, s?.Revision?.Value, s?.Effective?.Value,
            s?.Decree?.Value, s?.Document?.Value, s?.Notes?.Value);
}
