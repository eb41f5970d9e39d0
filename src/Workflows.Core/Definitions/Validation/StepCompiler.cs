using System.Collections.Immutable;
using Workflows.Core.Definitions.V1;
using Workflows.Core.Diagnostics;

namespace Workflows.Core.Definitions.Validation;

/// <summary>Compiles steps one by one: kind, the keys that kind allows, and every reference a step makes.</summary>
internal sealed class StepCompiler(
    DeclaredNames declared,
    IReadOnlySet<string> stepIds,
    ConditionCompiler conditions,
    CompileContext context,
    DiagnosticBag bag)
{
    public WorkflowStep? Compile(StepV1 step)
    {
        if (step.Id is null || step.Kind is null)
        {
            return null;
        }

        if (!StepKinds.TryParse(step.Kind.Value, out var kind))
        {
            bag.Error(DiagnosticCodes.StepShape, step.Kind.Position,
                $"step '{step.Id.Value}' has unknown kind '{step.Kind.Value}' (expected one of: {string.Join(", ", StepKinds.AllNames)})");
            return null;
        }

        // Keys no step knows were reported by the reader already.
        foreach (var (key, at) in step.Keys.Where(k => StepKinds.AllKeys.Contains(k.Key) && !kind.Allows(k.Key)))
        {
            bag.Error(DiagnosticCodes.StepShape, at, $"'{key}' does not apply to {kind.Name()} step '{step.Id.Value}'");
        }

        var id = step.Id.Value;
        var counterparty = kind == StepKind.Receive ? step.From : kind == StepKind.Send ? step.To : null;
        CheckKindNeeds(step, kind, counterparty);
        CheckRole(step.Actor, $"actor of step '{id}'");
        CheckRole(counterparty, $"{(kind == StepKind.Receive ? "sender" : "recipient")} of step '{id}'");
        CheckDocuments(step.Requires, id);
        CheckDocuments(step.Produces, id);
        var duration = DeclarationCompiler.Duration(step.Duration, $"duration of step '{id}'", bag);
        CheckUntil(step.Until, id);
        CheckCall(step.Definition, id);

        return new WorkflowStep(
            id, step.Title?.Value ?? id, kind, step.Actor?.Value,
            [.. step.Requires.Select(d => d.Value)], [.. step.Produces.Select(d => d.Value)], duration, step.Note?.Value,
            Transitions(step), Outcomes(step), [.. step.Branches.Select(b => Target(b, id)!)], Target(step.Join, id),
            counterparty?.Value, step.Message?.Value ?? (kind is StepKind.Receive or StepKind.Send ? id : null),
            step.Until?.Value, step.Definition?.Value, step.Result?.Value, step.PauseWhenAway?.Value ?? false);
    }

    private void CheckKindNeeds(StepV1 step, StepKind kind, Located<string>? counterparty)
    {
        var id = step.Id!.Value;
        void Need(bool present, string what)
        {
            if (!present)
            {
                bag.Error(DiagnosticCodes.StepShape, step.Position, $"{kind.Name()} step '{id}' needs {what}");
            }
        }

        if (kind is StepKind.Task or StepKind.Decision)
        {
            Need(step.Actor is not null, "an 'actor'");
        }

        if (kind.HasNext())
        {
            Need(step.Next.Count > 0, "'next'");
        }

        Action checkShape = kind switch
        {
            StepKind.Decision => () =>
            {
                if (step.Outcomes.Count < 2)
                {
                    bag.Error(DiagnosticCodes.TooFewOutcomes, step.Position, $"decision '{id}' has {step.Outcomes.Count} outcome(s); a decision needs at least two");
                }
            }
            ,
            StepKind.Parallel => () =>
            {
                if (step.Branches.Count < 2)
                {
                    bag.Error(DiagnosticCodes.UnbalancedParallel, step.Position, $"parallel step '{id}' needs at least two 'branches'");
                }

                Need(step.Join is not null, "a 'join' step where its branches meet");
            }
            ,
            StepKind.Receive => () => Need(counterparty is not null, "'from' (the external sender)"),
            StepKind.Send => () => Need(counterparty is not null, "'to' (the external recipient)"),
            StepKind.Wait => () =>
            {
                if ((step.Duration is null) == (step.Until is null))
                {
                    bag.Error(DiagnosticCodes.StepShape, step.Position, $"wait step '{id}' needs exactly one of 'duration' or 'until'");
                }
            }
            ,
            StepKind.Call => () => Need(step.Definition is not null, "a 'definition' to call"),
            StepKind.Task or StepKind.End => () => { }
            ,
        };
        checkShape();
    }

    private ImmutableArray<Transition> Transitions(StepV1 step) =>
        [.. step.Next.Where(t => t.To is not null).Select(t => new Transition(Target(t.To, step.Id!.Value)!, conditions.Compile(t.When)))];

    private ImmutableArray<DecisionOutcome> Outcomes(StepV1 step)
    {
        foreach (var outcome in step.Outcomes.Where(o => o.Next is null))
        {
            bag.Error(DiagnosticCodes.StepShape, outcome.Name.Position, $"outcome '{outcome.Name.Value}' of step '{step.Id!.Value}' needs 'next'");
        }

        return [.. step.Outcomes.Where(o => o.Next is not null).Select(o =>
            new DecisionOutcome(o.Name.Value, o.Title?.Value, Target(o.Next, step.Id!.Value)!, conditions.Compile(o.When)))];
    }

    private string? Target(Located<string>? target, string from)
    {
        if (target is not null && !stepIds.Contains(target.Value))
        {
            bag.Error(DiagnosticCodes.UnknownTarget, target.Position, $"step '{from}' leads to '{target.Value}', which is not a step");
        }

        return target?.Value;
    }

    private void CheckRole(Located<string>? role, string what)
    {
        if (role is not null && !declared.Roles.Contains(role.Value))
        {
            bag.Error(DiagnosticCodes.UndeclaredActor, role.Position, $"{what} '{role.Value}' is not a declared role");
        }
    }

    private void CheckDocuments(IReadOnlyList<Located<string>> documents, string step)
    {
        foreach (var document in documents.Where(d => !declared.Documents.Contains(d.Value)))
        {
            bag.Error(DiagnosticCodes.UndeclaredDocument, document.Position, $"step '{step}' names undeclared document '{document.Value}'");
        }
    }

    private void CheckUntil(Located<string>? until, string step)
    {
        if (until is null)
        {
            return;
        }

        if (!declared.Fields.TryGetValue(until.Value, out var shape))
        {
            bag.Error(DiagnosticCodes.UndeclaredField, until.Position, $"step '{step}' waits until undeclared data field '{until.Value}'");
        }
        else if (shape.Type != DataType.Date)
        {
            bag.Error(DiagnosticCodes.WrongType, until.Position, $"step '{step}' waits until '{until.Value}', which is not a date field");
        }
    }

    private void CheckCall(Located<string>? definition, string step)
    {
        if (definition is null)
        {
            return;
        }

        if (!Identifiers.IsDefinitionId(definition.Value) || context.Definitions?.Contains(definition.Value) == false)
        {
            bag.Error(DiagnosticCodes.UnknownDefinition, definition.Position, $"step '{step}' calls '{definition.Value}', which is not a known definition");
        }
        else if (context.Definitions is null)
        {
            bag.Warning(DiagnosticCodes.UnverifiedCall, definition.Position,
                $"step '{step}' calls '{definition.Value}'; it could not be checked because no other definitions were loaded");
        }
    }
}
