using System.Globalization;
using System.Text.Json.Nodes;
using Workflows.Api.Tests.Support;

namespace Workflows.Api.Tests.Cases;

/// <summary>
/// One instant per deadline: the due time a command answers with is the one the database keeps and every other
/// endpoint reports, whatever the sub-microsecond part of the clock's reading when the step opened.
/// </summary>
public sealed class ClockPrecisionTests
{
    private const string Definition = "dinas-uji.tenggat";

    [TearDown]
    public void PutTheClockBack() => WorkflowsServer.Clock.Reset();

    [Test]
    public async Task A_due_time_opened_in_office_hours_is_the_same_instant_in_the_answer_the_inbox_and_the_database()
    {
        // Tuesday 8 December 2026, 10:00 WIB: a working day, inside office hours, so the due time keeps the clock's
        // fraction of a second instead of rounding to an opening time.
        Timers.MoveClockTo(new DateTimeOffset(2026, 12, 8, 10, 0, 0, TimeSpan.FromHours(7)).AddTicks(1234567));
        using var petugas = Users.Uji("petugas-presisi", "petugas");
        for (var i = 0; i < 3; i++)
        {
            var kasus = await petugas.StartCaseAsync(Definition, $"PRESISI-{i}");
            var answered = Due(kasus["openSteps"]![0]!);
            Assert.That(answered.Ticks % 10, Is.Zero, "the answer is at the database's precision (whole microseconds)");

            var read = await petugas.InstanceAsync(kasus.Id());
            Assert.That(Due(read["openSteps"]![0]!), Is.EqualTo(answered), "GET /instances/{id}");
            var inbox = await petugas.ArrayAsync("/tasks?definition=" + Definition);
            var task = inbox.Single(t => t!["id"]!.GetValue<string>() == kasus.Task("verifikasi").ToString());
            Assert.That(Due(task!), Is.EqualTo(answered), "GET /tasks");
            Assert.That(await StoredDueAsync(kasus.Task("verifikasi")), Is.EqualTo(answered), "the tasks row");
        }
    }

    private static DateTimeOffset Due(JsonNode node) => DateTimeOffset.Parse(node["due"]!.GetValue<string>(), CultureInfo.InvariantCulture);

    private static async Task<DateTimeOffset> StoredDueAsync(Guid taskId)
    {
        await using var connection = new Npgsql.NpgsqlConnection(WorkflowsServer.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT due FROM workflows.tasks WHERE id = $1", connection) { Parameters = { new() { Value = taskId } } };
        await using var reader = await command.ExecuteReaderAsync();
        Assert.That(await reader.ReadAsync(), Is.True, "the task row");
        return reader.GetFieldValue<DateTimeOffset>(0);
    }
}
