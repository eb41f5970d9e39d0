using System.Collections.Immutable;
using Workflows.Core.Definitions;

namespace Workflows.Core.Runtime;

/// <summary>
/// The kelengkapan checks on documents handed in with a command: declared types, no document twice, what a step
/// requires (held by the instance or handed in now) and what it produces (handed in now).
/// </summary>
internal static class Handover
{
    public static CommandRejection? CheckSupplied(WorkflowDefinition definition, InstanceState? state, ImmutableArray<SuppliedDocument> supplied)
    {
        var declared = definition.Documents.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var unknown = supplied.Where(d => !declared.Contains(d.Type)).Select(d => $"documents: {d.Id} has type '{d.Type}', which '{definition.Id}' does not declare").ToList();
        if (unknown.Count > 0)
        {
            return new CommandRejection(RejectionCode.UnknownDocumentType,
                $"Documents may only be handed in as the types the definition declares: {string.Join(", ", declared.Order(StringComparer.Ordinal))}.", [.. unknown]);
        }

        var held = state?.Documents.Select(d => d.Id).ToHashSet() ?? [];
        var twice = supplied.GroupBy(d => d.Id).Where(g => g.Count() > 1 || held.Contains(g.Key))
            .Select(g => held.Contains(g.Key) ? $"documents: {g.Key} is already part of the case" : $"documents: {g.Key} is handed in {g.Count()} times").ToList();
        return twice.Count > 0 ? new CommandRejection(RejectionCode.DuplicateDocument, "A document can be handed in only once.", [.. twice]) : null;
    }

    /// <summary>
    /// Uploads no instance holds yet may be handed in by whoever uploaded them, or by a holder of <paramref name="role"/>, the
    /// actor role of the step they are handed in at (a colleague on the same desk); the engine itself hands in what it
    /// was given.
    /// </summary>
    public static CommandRejection? CheckHandedInBy(Actor actor, string? role, ImmutableArray<SuppliedDocument> supplied)
    {
        if (actor == Actor.System || actor.Holds(role))
        {
            return null;
        }

        var foreign = supplied.Where(d => d.UploadedBy is { } uploader && uploader != actor.UserId)
            .Select(d => $"documents: {d.Id} ({d.Type}) was uploaded by {d.UploadedBy}").ToList();
        return foreign.Count == 0 ? null : new CommandRejection(RejectionCode.DocumentNotYours,
            role is null
                ? "Only the person who uploaded a document may hand it in here."
                : $"Only the person who uploaded a document, or a holder of the actor role '{role}', may hand it in here.", [.. foreign]);
    }

    /// <summary>The Standar Pelayanan's requirements, all handed in when the instance starts.</summary>
    public static CommandRejection? CheckIntake(WorkflowDefinition definition, ImmutableArray<SuppliedDocument> supplied) =>
        Refuse(definition, RejectionCode.MissingRequiredDocuments, definition.ServiceStandard?.Requirements ?? [], supplied.Select(d => d.Type),
            "The instance cannot start without the documents the service standard requires", "is a requirement of the service standard");

    public static CommandRejection? CheckRequires(WorkflowDefinition definition, WorkflowStep step, InstanceState state, ImmutableArray<SuppliedDocument> supplied) =>
        Refuse(definition, RejectionCode.MissingRequiredDocuments, step.Requires, state.Documents.Select(d => d.Type).Concat(supplied.Select(d => d.Type)),
            $"Step '{step.Id}' needs documents that the instance does not hold and that were not handed in", $"is required by step '{step.Id}'");

    public static CommandRejection? CheckProduces(WorkflowDefinition definition, WorkflowStep step, ImmutableArray<SuppliedDocument> supplied) =>
        Refuse(definition, RejectionCode.MissingProducedDocuments, step.Produces, supplied.Select(d => d.Type),
            $"Step '{step.Id}' produces documents that were not handed in", $"is produced by step '{step.Id}' and must be handed in");

    private static CommandRejection? Refuse(WorkflowDefinition definition, RejectionCode code, IEnumerable<string> needed, IEnumerable<string> present, string message, string why)
    {
        var have = present.ToHashSet(StringComparer.Ordinal);
        var missing = needed.Where(t => !have.Contains(t)).ToList();
        return missing.Count == 0 ? null : new CommandRejection(code, $"{message}: {string.Join(", ", missing)}.",
            [.. missing.Select(t => $"documents: {t} ({definition.Documents.FirstOrDefault(d => d.Id == t)?.Title ?? t}) {why}")]);
    }
}
