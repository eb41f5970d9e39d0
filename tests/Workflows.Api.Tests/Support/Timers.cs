using System.Diagnostics;
using Npgsql;
using Workflows.Core.Calendars;
using Workflows.Core.Time;

namespace Workflows.Api.Tests.Support;

/// <summary>Moving the clock to a deadline and waiting for the timer runners to act on it.</summary>
public static class Timers
{
    private static readonly Lazy<WorkingCalendar> Calendar = new(() =>
        CalendarCatalog.LoadDirectory(Path.Combine(WorkflowsServer.Folder, "calendars")).Calendars["id-asn"]);

    /// <summary>The <c>id-asn</c> calendar the server uses, read from the same folder.</summary>
    public static WorkingCalendar IdAsn => Calendar.Value;

    /// <summary>Moves the server clock so that it reads <paramref name="at"/>.</summary>
    public static void MoveClockTo(DateTimeOffset at) => WorkflowsServer.Clock.SetNow(at);

    /// <summary>Polls <paramref name="condition"/> until it holds; fails after <paramref name="timeout"/> (default 10 s).</summary>
    public static async Task<TimeSpan> WaitUntilAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var watch = Stopwatch.StartNew();
        while (!await condition())
        {
            if (watch.Elapsed > (timeout ?? TimeSpan.FromSeconds(10)))
            {
                Assert.Fail($"timed out waiting for {what}");
            }

            await Task.Delay(20);
        }

        return watch.Elapsed;
    }

    /// <summary>Escalations of an instance as the database holds them (level, role, due, raised), in raising order.</summary>
    public static async Task<List<(int Level, string ToRole, Guid? TaskId, DateTimeOffset Due, DateTimeOffset RaisedAt)>> EscalationsAsync(
        Guid instanceId, string? connectionString = null)
    {
        await using var connection = new NpgsqlConnection(connectionString ?? WorkflowsServer.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT level, to_role, task_id, due, raised_at FROM workflows.escalations WHERE instance_id = $1 ORDER BY raised_at, level", connection)
        {
            Parameters = { new() { Value = instanceId } },
        };
        var rows = new List<(int, string, Guid?, DateTimeOffset, DateTimeOffset)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetInt32(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetGuid(2),
                reader.GetFieldValue<DateTimeOffset>(3), reader.GetFieldValue<DateTimeOffset>(4)));
        }

        return rows;
    }
}
