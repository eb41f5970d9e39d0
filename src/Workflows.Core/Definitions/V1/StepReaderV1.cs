using Workflows.Core.Diagnostics;
using Workflows.Core.Yaml;

namespace Workflows.Core.Definitions.V1;

/// <summary>Maps the <c>steps</c> list, including the two shapes of <c>next</c> and of an outcome.</summary>
internal static class StepReaderV1
{
    private static readonly string[] TransitionKeys = ["to", "when"];
    private static readonly string[] OutcomeKeys = ["title", "next", "when"];

    public static IReadOnlyList<StepV1> ReadSteps(MappingReader top, DiagnosticBag bag)
    {
        var node = top.Mapping["steps"];
        if (node is null || node is YScalar { IsNull: true })
        {
            bag.Error(DiagnosticCodes.MissingKey, top.Mapping.Position, "a definition needs 'steps'");
            return [];
        }

        if (node is not YSequence sequence)
        {
            bag.Error(DiagnosticCodes.WrongType, node.Position, $"'steps' must be a list, not {node.Describe}");
            return [];
        }

        if (sequence.Items.Count == 0)
        {
            bag.Error(DiagnosticCodes.MissingKey, node.Position, "'steps' is empty; a definition needs at least one step (the first is where an instance starts)");
            return [];
        }

        var steps = new List<StepV1>();
        foreach (var item in sequence.Items)
        {
            if (MappingReader.For(item, bag, "a step", StepKinds.AllKeys) is { } r)
            {
                steps.Add(ReadStep(r, bag));
            }
        }

        return steps;
    }

    private static StepV1 ReadStep(MappingReader r, DiagnosticBag bag) => new()
    {
        Position = r.Mapping.Position,
        Keys = r.KeyPositions,
        Id = r.Text("id", required: true),
        Title = r.Text("title"),
        Kind = r.Text("kind", required: true),
        Actor = r.Text("actor"),
        Requires = r.TextList("requires"),
        Produces = r.TextList("produces"),
        Duration = r.RawText("duration"),
        Note = r.Text("note"),
        PauseWhenAway = r.Bool("pause_when_away"),
        Next = ReadNext(r.Mapping["next"], bag),
        Outcomes = DefinitionReaderV1.Keyed(r, "outcomes", bag, (name, node) => ReadOutcome(name, node, bag)),
        Branches = r.TextList("branches"),
        Join = r.Text("join"),
        From = r.Text("from"),
        To = r.Text("to"),
        Message = r.Text("message"),
        Until = r.Text("until"),
        Definition = r.Text("definition"),
        Result = r.Text("result"),
    };

    private static IReadOnlyList<TransitionV1> ReadNext(YNode? node, DiagnosticBag bag)
    {
        switch (node)
        {
            case null or YScalar { IsNull: true }:
                return [];
            case YScalar target:
                return [new TransitionV1 { Position = target.Position, To = new(target.Value, target.Position) }];
            case YSequence list:
                return [.. list.Items.Select(item => ReadTransition(item, bag)).OfType<TransitionV1>()];
            default:
                bag.Error(DiagnosticCodes.WrongType, node.Position, "'next' must be a step id or a list of { to, when }");
                return [];
        }
    }

    private static TransitionV1? ReadTransition(YNode item, DiagnosticBag bag)
    {
        if (item is YScalar target)
        {
            return new TransitionV1 { Position = target.Position, To = new(target.Value, target.Position) };
        }

        var r = MappingReader.For(item, bag, "a 'next' entry", TransitionKeys);
        return r is null ? null : new TransitionV1 { Position = item.Position, To = r.Text("to", required: true), When = r.Text("when") };
    }

    private static OutcomeV1 ReadOutcome(Located<string> name, YNode node, DiagnosticBag bag)
    {
        if (node is YScalar target)
        {
            return new OutcomeV1 { Name = name, Next = target.IsNull ? null : new(target.Value, target.Position) };
        }

        var r = MappingReader.For(node, bag, $"outcome '{name.Value}'", OutcomeKeys);
        return new OutcomeV1 { Name = name, Title = r?.Text("title"), Next = r?.Text("next"), When = r?.Text("when") };
    }
}
