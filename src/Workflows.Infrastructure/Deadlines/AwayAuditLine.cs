using System.Text.Json;
using Workflows.Infrastructure.Persistence;

namespace Workflows.Infrastructure.Deadlines;

/// <summary>Lines of the away audit: the period as it was recorded or removed.</summary>
internal static class AwayAuditLine
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static AwayAuditRow For(AwayRow period, string actor, string action, IReadOnlyList<string>? delegateActors, DateTimeOffset at) => new()
    {
        Agency = period.Agency,
        UserId = period.UserId,
        PeriodId = period.Id,
        Actor = actor,
        Action = action,
        At = at,
        Detail = JsonSerializer.Serialize(
            new
            {
                start = period.StartsAt,
                end = period.EndsAt,
                kind = period.Kind,
                @delegate = period.Delegate,
                delegateActors,
                note = period.Note,
            },
            Json),
    };
}
