using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;
using Workflows.Api.Tests.Support;
using Workflows.Core.Calendars;
using Workflows.Core.Time;

namespace Workflows.Api.Tests.Calendars;

/// <summary>
/// A deployment of its own for re-timing tests: a database, and a workflows folder with the calendar <c>uji-retime</c>
/// (and <c>uji-retime-wit</c>, extending it) and the definition <c>dinas-uji.retime</c> on it, whose calendar file a
/// test rewrites between starts, as an administrator adds a decree's holidays.
/// </summary>
internal sealed class RetimeDeployment : IAsyncDisposable
{
    public const string Definition = "dinas-uji.retime";
    public const string StepDuration = "5 hari kerja";
    public const string InstanceDuration = "10 hari kerja";

    private const string Hours = """
        hours:
          monday: ["07:30-12:00", "13:00-16:00"]
          tuesday: ["07:30-12:00", "13:00-16:00"]
          wednesday: ["07:30-12:00", "13:00-16:00"]
          thursday: ["07:30-12:00", "13:00-16:00"]
          friday: ["07:30-11:30", "13:00-16:30"]
        """;

    private readonly TestDatabase database;
    private readonly List<WebApplicationFactory<Program>> nodes = [];

    private RetimeDeployment(TestDatabase database, string folder) => (this.database, Folder) = (database, folder);

    public string Folder { get; }

    public string ConnectionString => database.ConnectionString;

    public static async Task<RetimeDeployment> CreateAsync(string calendarYaml)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"workflows-retime-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.Combine(folder, "calendars"));
        Directory.CreateDirectory(Path.Combine(folder, "dinas-uji"));
        await File.WriteAllTextAsync(Path.Combine(folder, "dinas-uji", "retime.yaml"), $"""
            id: {Definition}
            title: Uji re-timing
            agency: dinas-uji
            calendar: uji-retime
            service_standard:
              total: {InstanceDuration}
            roles:
              petugas: {"{"} title: Petugas, supervisor: kepala-seksi {"}"}
              kepala-seksi: Kepala Seksi
            steps:
              - id: periksa
                kind: task
                actor: petugas
                duration: {StepDuration}
                pause_when_away: true
                next: selesai
              - id: selesai
                kind: end
                result: done
            """);
        await File.WriteAllTextAsync(Path.Combine(folder, "calendars", "uji-retime-wit.yaml"), """
            schema: workflows/calendar-v1
            id: uji-retime-wit
            extends: uji-retime
            time_zone: Asia/Jayapura
            """);
        var deployment = new RetimeDeployment(await WorkflowsServer.CreateDatabaseAsync(), folder);
        await deployment.WriteCalendarAsync(calendarYaml);
        return deployment;
    }

    /// <summary>The calendar file: the office hours above, then <paramref name="rest"/> (covers, holidays).</summary>
    public Task WriteCalendarAsync(string rest) => File.WriteAllTextAsync(Path.Combine(Folder, "calendars", "uji-retime.yaml"), $"""
        schema: workflows/calendar-v1
        id: uji-retime
        time_zone: Asia/Jakarta
        {Hours}
        closed_on: [libur_nasional, cuti_bersama]
        recurring_holidays:
          - {"{"} date: 01-01, kind: libur_nasional, name: Tahun Baru Masehi {"}"}
        {rest}
        """);

    /// <summary>The calendar as the file now says, as the server reads it.</summary>
    public WorkingCalendar Calendar() => CalendarCatalog.LoadDirectory(Path.Combine(Folder, "calendars")).Calendars["uji-retime"];

    public async Task<WebApplicationFactory<Program>> StartNodeAsync(params (string Key, string? Value)[] settings)
    {
        var node = await WorkflowsServer.StartNodeAsync(database.Settings([("Workflows:Root", Folder), .. settings]));
        nodes.Add(node);
        return node;
    }

    /// <summary>Several nodes starting at the same moment, as after a deployment.</summary>
    public async Task<WebApplicationFactory<Program>[]> StartNodesTogetherAsync(int count)
    {
        var settings = database.Settings(("Workflows:Root", Folder));
        var started = await Task.WhenAll(Enumerable.Range(0, count).Select(_ => WorkflowsServer.StartNodeAsync(settings)));
        nodes.AddRange(started);
        return started;
    }

    public async Task StopNodesAsync()
    {
        foreach (var node in nodes)
        {
            await node.DisposeAsync();
        }

        nodes.Clear();
    }

    /// <summary>Waits for every re-timing run to finish.</summary>
    public Task WaitForRunsAsync() =>
        Timers.WaitUntilAsync(async () => await ScalarAsync<long>("SELECT count(*) FROM workflows.calendar_retimes WHERE status <> 'done'") == 0,
            "the re-timing runs to finish", TimeSpan.FromSeconds(60));

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Open tasks: id, opened, due, provisional, and the pending deadline and reminder timers.</summary>
    public async Task<List<(Guid Id, DateTimeOffset Opened, DateTimeOffset Due, bool Provisional, DateTimeOffset? Deadline, DateTimeOffset? Reminder)>> OpenTasksAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT t.id, t.opened_at, t.due, t.due_provisional,
                   (SELECT min(due_at) FROM workflows.timers WHERE task_id = t.id AND kind = 'deadline' AND fired_at IS NULL),
                   (SELECT min(due_at) FROM workflows.timers WHERE task_id = t.id AND kind = 'reminder' AND fired_at IS NULL)
            FROM workflows.tasks t WHERE t.status = 'open' ORDER BY t.id
            """, connection);
        var rows = new List<(Guid, DateTimeOffset, DateTimeOffset, bool, DateTimeOffset?, DateTimeOffset?)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetGuid(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetFieldValue<DateTimeOffset>(2), reader.GetBoolean(3),
                reader.IsDBNull(4) ? null : reader.GetFieldValue<DateTimeOffset>(4), reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5)));
        }

        return rows;
    }

    public async ValueTask DisposeAsync()
    {
        await StopNodesAsync();
        await database.DisposeAsync();
        Directory.Delete(Folder, recursive: true);
    }
}
