using System.Text.Json;
using Workflows.Infrastructure.Persistence;

namespace Workflows.Api.Views;

/// <summary>One line of an instance's history.</summary>
public sealed record AuditView(
    long Id,
    DateTimeOffset At,
    string Actor,
    string Action,
    Guid? TaskId,
    string? Step,
    string Detail,
    JsonElement Before,
    JsonElement After)
{
    public static AuditView From(AuditRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.Id, row.At, row.Actor, row.Action, row.TaskId, row.StepId, row.Detail, Parse(row.Before), Parse(row.After));
    }

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
