using System.Globalization;
using System.Text.Json.Nodes;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Api.Tests.Support;
using Workflows.Contracts.V1;
using Workflows.Core.Time;

namespace Workflows.Api.Tests.Instances;

/// <summary>
/// A due time counted on days beyond the calendar's coverage (id-asn lists holidays up to 2026-12-31) is marked
/// provisional in the instance and task answers and in the events, and is enforced all the same: the task goes overdue and
/// escalates at exactly that time. One counted inside coverage is not marked.
/// </summary>
public sealed class ProvisionalDueTests
{
    private const string Definition = "dinas-uji.sementara";

    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    private EventRecorder? recorder;

    [OneTimeSetUp]
    public async Task ListenAsync() => recorder = await EventRecorder.OnAsync(WorkflowsServer.Factory.Services.GetRequiredService<IBus>());

    [OneTimeTearDown]
    public async Task StopListeningAsync()
    {
        if (recorder is not null)
        {
            await recorder.DisposeAsync();
        }
    }

    [TearDown]
    public void PutTheClockBack() => WorkflowsServer.Clock.Reset();

    [Test]
    public async Task A_task_started_on_30_December_is_due_in_January_2027_provisionally_everywhere_it_is_shown()
    {
        Timers.MoveClockTo(new DateTimeOffset(2026, 12, 30, 10, 0, 0, Wib));
        using var petugas = Users.Uji("petugas-sementara-1", "petugas");
        var kasus = await petugas.StartInstanceAsync(Definition, "SEMENTARA-1");
        var opened = OpenedAt(kasus);
        var due = Timers.IdAsn.Due(opened, MutuBaku("3 hari kerja"));
        Assert.That((due.Due, due.Provisional), Is.EqualTo(((DateTimeOffset?)new DateTimeOffset(2027, 1, 5, 16, 0, 0, Wib), true)),
            "31 December, then (1 January closed every year) 4 and 5 January, which no decree covers yet");

        var instance = await petugas.InstanceAsync(kasus.Id());
        var step = instance["openSteps"]![0]!;
        Assert.That(Time(step["due"]), Is.EqualTo(due.Due));
        Assert.That(step["due"]!.GetValue<string>(), Does.EndWith("+07:00"), "told in the calendar's zone");
        Assert.That(step["provisional"]!.GetValue<bool>(), Is.True);
        Assert.That(Time(instance["due"]), Is.EqualTo(Timers.IdAsn.Due(opened, MutuBaku("5 hari kerja")).Due));
        Assert.That(instance["dueProvisional"]!.GetValue<bool>(), Is.True, "the service standard of 5 hari kerja counts days of 2027 too");
        var listed = (await petugas.ArrayAsync($"/instances?definition={Definition}")).Single(i => i!["id"]!.GetValue<string>() == kasus.Id().ToString())!;
        Assert.That(listed["dueProvisional"]!.GetValue<bool>(), Is.True);
        var task = (await petugas.TasksAsync($"?definition={Definition}")).Single(t => t!["instanceId"]!.GetValue<string>() == kasus.Id().ToString())!;
        Assert.That((Time(task["due"]), task["dueProvisional"]!.GetValue<bool>()), Is.EqualTo((due.Due, true)));
        var taskAnswer = await ApiClient.JsonAsync(await petugas.GetAsync($"/tasks/{kasus.Task("periksa")}"));
        Assert.That(taskAnswer["dueProvisional"]!.GetValue<bool>(), Is.True);
        var openedEvent = await recorder!.WaitForAsync<TaskOpened>(e => e.InstanceId == kasus.Id(), "TaskOpened");
        Assert.That((openedEvent.Due, openedEvent.DueProvisional), Is.EqualTo((due.Due, true)));
    }

    [Test]
    public async Task A_provisional_due_time_is_enforced_the_task_goes_overdue_and_escalates_marked_provisional()
    {
        Timers.MoveClockTo(new DateTimeOffset(2026, 12, 30, 10, 0, 0, Wib));
        using var petugas = Users.Uji("petugas-sementara-2", "petugas");
        var kasus = await petugas.StartInstanceAsync(Definition, "SEMENTARA-2");
        var id = kasus.Id();
        var due = Timers.IdAsn.Due(OpenedAt(kasus), MutuBaku("3 hari kerja")).Due!.Value;

        Timers.MoveClockTo(due);
        await Timers.WaitUntilAsync(async () => (await Timers.EscalationsAsync(id)).Count == 1, "the escalation at the provisional due time");
        var reminder = await recorder!.WaitForAsync<TaskReminder>(e => e.InstanceId == id, "TaskReminder");
        var overdue = await recorder.WaitForAsync<TaskOverdue>(e => e.InstanceId == id, "TaskOverdue");
        var raised = await recorder.WaitForAsync<EscalationRaised>(e => e.InstanceId == id && e.TaskId is not null, "EscalationRaised");
        Assert.That((reminder.Due, reminder.DueProvisional), Is.EqualTo((due, true)));
        Assert.That((overdue.Due, overdue.DueProvisional), Is.EqualTo((due, true)));
        Assert.That((raised.ToRole, raised.Due, raised.DueProvisional), Is.EqualTo(("kepala-seksi", due, true)));

        using var kasi = WorkflowsServer.Client("kasi-sementara", Users.UjiAgency, ["staff", "supervisor"], "kepala-seksi");
        var escalation = (await kasi.ArrayAsync($"/supervision/escalations?definition={Definition}")).Single(e => e!["instanceId"]!.GetValue<string>() == id.ToString())!;
        Assert.That((Time(escalation["due"]), escalation["dueProvisional"]!.GetValue<bool>()), Is.EqualTo(((DateTimeOffset?)due, true)));
        var late = (await kasi.ArrayAsync($"/supervision/overdue?definition={Definition}")).Single(o => o!["task"]!["instanceId"]!.GetValue<string>() == id.ToString())!;
        Assert.That(late["task"]!["dueProvisional"]!.GetValue<bool>(), Is.True);
        var told = (await kasi.ArrayAsync("/notifications?kind=escalation")).Single(n => n!["instanceId"]?.GetValue<string>() == id.ToString())!;
        Assert.That(told["text"]!.GetValue<string>(), Does.EndWith("(provisional)."));
        Assert.That(told["detail"]!["DueProvisional"]!.GetValue<bool>(), Is.True);
        var acknowledged = await ApiClient.JsonAsync(await kasi.PostAsync($"/supervision/escalations/{escalation["id"]!.GetValue<string>()}/acknowledge", new JsonObject()));
        Assert.That(acknowledged["dueProvisional"]!.GetValue<bool>(), Is.True);

        var instanceDue = Time((await petugas.InstanceAsync(id))["due"])!.Value;
        Timers.MoveClockTo(instanceDue);
        var instanceRaised = await recorder.WaitForAsync<EscalationRaised>(e => e.InstanceId == id && e.TaskId is null, "the case's EscalationRaised");
        Assert.That((instanceRaised.ToRole, instanceRaised.Due, instanceRaised.DueProvisional), Is.EqualTo(("kepala-dinas", instanceDue, true)));
        using var kadis = WorkflowsServer.Client("kadis-sementara", Users.UjiAgency, ["staff", "supervisor"], "kepala-dinas");
        var instanceEscalation = (await kadis.ArrayAsync($"/supervision/escalations?definition={Definition}"))
            .Single(e => e!["instanceId"]!.GetValue<string>() == id.ToString() && e["taskId"] is null)!;
        Assert.That(instanceEscalation["dueProvisional"]!.GetValue<bool>(), Is.True);
    }

    [Test]
    public async Task A_task_due_within_the_covered_years_is_not_marked_anywhere()
    {
        Timers.MoveClockTo(new DateTimeOffset(2026, 6, 2, 10, 0, 0, Wib));
        using var petugas = Users.Uji("petugas-sementara-3", "petugas");
        var kasus = await petugas.StartInstanceAsync(Definition, "SEMENTARA-3");
        var id = kasus.Id();
        var due = Timers.IdAsn.Due(OpenedAt(kasus), MutuBaku("3 hari kerja"));
        Assert.That((due.Due, due.Provisional), Is.EqualTo(((DateTimeOffset?)new DateTimeOffset(2026, 6, 5, 16, 30, 0, Wib), false)));

        var instance = await petugas.InstanceAsync(id);
        Assert.That(instance["openSteps"]![0]!["provisional"]!.GetValue<bool>(), Is.False);
        Assert.That(instance["dueProvisional"]!.GetValue<bool>(), Is.False);
        var task = (await petugas.TasksAsync($"?definition={Definition}")).Single(t => t!["instanceId"]!.GetValue<string>() == id.ToString())!;
        Assert.That(task["dueProvisional"]!.GetValue<bool>(), Is.False);
        Assert.That((await recorder!.WaitForAsync<TaskOpened>(e => e.InstanceId == id, "TaskOpened")).DueProvisional, Is.False);

        Timers.MoveClockTo(due.Due!.Value);
        var overdue = await recorder.WaitForAsync<TaskOverdue>(e => e.InstanceId == id, "TaskOverdue");
        var raised = await recorder.WaitForAsync<EscalationRaised>(e => e.InstanceId == id && e.TaskId is not null, "EscalationRaised");
        Assert.That((overdue.DueProvisional, raised.DueProvisional), Is.EqualTo((false, false)));
    }

    private static DateTimeOffset OpenedAt(JsonObject kasus) => Time(kasus["openSteps"]![0]!["openedAt"])!.Value;

    private static DateTimeOffset? Time(JsonNode? node) =>
        node is null ? null : DateTimeOffset.Parse(node.GetValue<string>(), CultureInfo.InvariantCulture);

    private static MutuBaku MutuBaku(string text) => MutuBakuParser.TryParse(text, out var parsed, out _) ? parsed : throw new ArgumentException(text);
}
