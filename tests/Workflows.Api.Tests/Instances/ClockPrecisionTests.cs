using System.Globalization;
using System.Text.Json.Nodes;
using Workflows.Api.Tests.Support;

namespace Workflows.Api.Tests.Instances;

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
            var kasus = await petugas.StartInstanceAsync(Definition, $"PRESISI-{i}");
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

    [Test]
    public async Task Times_are_answered_in_the_offset_of_the_cases_calendar()
    {
        using var admin = Users.UjiAdmin();
        var yaml = """
            id: dinas-uji.tenggat-wita
            title: Uji tenggat WITA
            agency: dinas-uji
            calendar: id-asn-wita
            roles:
              petugas: { title: Petugas, supervisor: kepala-seksi }
              kepala-seksi: Kepala Seksi
            steps:
              - { id: verifikasi, kind: task, actor: petugas, duration: 2 jam, next: selesai }
              - { id: selesai, kind: end, result: done }
            """;
        using var content = new StringContent(yaml, System.Text.Encoding.UTF8, "application/yaml");
        var created = await admin.SendAsync(HttpMethod.Post, "/definitions?file=tenggat-wita.yaml", content);
        await ApiClient.Expect(created, System.Net.HttpStatusCode.Created);
        var version = (await ApiClient.JsonAsync(created))["version"]!.GetValue<int>();
        await ApiClient.Expect(await admin.PostAsync($"/definitions/dinas-uji.tenggat-wita/versions/{version}/publish", null), System.Net.HttpStatusCode.OK);

        using var petugas = Users.Uji("petugas-zona", "petugas");
        foreach (var (definition, offset) in new[] { ("dinas-uji.tenggat-wita", "+08:00"), (Definition, "+07:00") })
        {
            var kasus = await petugas.StartInstanceAsync(definition, $"ZONA-{offset}");
            Assert.That(kasus["openSteps"]![0]!["due"]!.GetValue<string>(), Does.EndWith(offset), $"{definition}: the start answer");
            Assert.That(kasus["startedAt"]!.GetValue<string>(), Does.EndWith(offset), $"{definition}: startedAt");
            var read = await petugas.InstanceAsync(kasus.Id());
            Assert.That(read["openSteps"]![0]!["openedAt"]!.GetValue<string>(), Does.EndWith(offset), $"{definition}: GET /instances/{{id}}");
            var task = (await petugas.ArrayAsync("/tasks?definition=" + definition)).Single(t => t!["instanceId"]!.GetValue<string>() == kasus.Id().ToString());
            Assert.That(task!["due"]!.GetValue<string>(), Does.EndWith(offset), $"{definition}: GET /tasks");
            Assert.That(Due(task), Is.EqualTo(Due(kasus["openSteps"]![0]!)), "the same instant");
            var listed = (await petugas.ArrayAsync("/instances?definition=" + definition)).Single(i => i!["id"]!.GetValue<string>() == kasus.Id().ToString());
            Assert.That(listed!["startedAt"]!.GetValue<string>(), Does.EndWith(offset), $"{definition}: GET /instances");
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
