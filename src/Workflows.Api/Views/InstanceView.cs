using System.Text.Json.Nodes;
using Workflows.Core.Runtime;
using Workflows.Infrastructure.Definitions;
using Workflows.Infrastructure.Runtime;

namespace Workflows.Api.Views;

/// <summary>
/// An instance with its data, open steps (and their due dates) and documents. <see cref="History"/> is the link to its
/// audit trail, read a page at a time: the trail grows with every command, so an answer never carries it.
/// <see cref="DueProvisional"/> when the service-standard <see cref="Due"/> counted office time on dates beyond the
/// calendar's coverage.
/// </summary>
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
    bool DueProvisional,
    DateTimeOffset? EndedAt,
    Guid? ParentInstanceId,
    JsonObject Data,
    IReadOnlyList<OpenStepView> OpenSteps,
    IReadOnlyList<DocumentView> Documents,
    string History)
{
    /// <summary>The instance, its times told in its calendar's zone.</summary>
    public static InstanceView From(InstanceSnapshot snapshot, InstanceZones zones)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(zones);
        var zone = zones.Of(snapshot.Definition);
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
            state.StartedAt.In(zone),
            row.StartedBy,
            state.Due.In(zone),
            state.DueProvisional,
            state.EndedAt.In(zone),
            row.ParentInstanceId,
            JsonNode.Parse(InstanceDataJson.Write(state.Data).Span)!.AsObject(),
            [.. state.Open.Select(o => OpenStepView.From(o, definition, zone))],
            [.. state.Documents.Select(d => DocumentView.From(d, row.Id))],
            $"/instances/{row.Id}/history");
    }
}
