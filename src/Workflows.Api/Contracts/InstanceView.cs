using System.Text.Json.Nodes;
using Workflows.Core.Runtime;
using Workflows.Infrastructure.Runtime;

namespace Workflows.Api.Contracts;

/// <summary>A case with its data, open steps (and their due dates), documents and history.</summary>
public sealed record InstanceView(
    Guid Id,
    string Definition,
    int Version,
    string Title,
    string Agency,
    string BusinessKey,
    string Status,
    string? Result,
    DateTimeOffset StartedAt,
    string StartedBy,
    DateTimeOffset? Due,
    DateTimeOffset? EndedAt,
    Guid? ParentInstanceId,
    JsonObject Data,
    IReadOnlyList<OpenStepView> OpenSteps,
    IReadOnlyList<DocumentView> Documents,
    IReadOnlyList<AuditView>? History)
{
    public static InstanceView From(CaseSnapshot snapshot, IReadOnlyList<AuditView>? history)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var (row, state, definition) = snapshot;
        return new(
            row.Id,
            row.DefinitionId,
            row.DefinitionVersion,
            definition.Title,
            row.Agency,
            row.BusinessKey,
            row.Status,
            row.Result,
            state.StartedAt,
            row.StartedBy,
            state.Due,
            state.EndedAt,
            row.ParentInstanceId,
            JsonNode.Parse(CaseDataJson.Write(state.Data).Span)!.AsObject(),
            [.. state.Open.Select(o => OpenStepView.From(o, definition))],
            [.. state.Documents.Select(d => DocumentView.From(d, row.Id))],
            history);
    }
}
