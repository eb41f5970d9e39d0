using System.Net;
using Workflows.Api.Tests.Support;

namespace Workflows.Api.Tests.Instances;

/// <summary>The staff inbox: my roles, claimed by me, overdue against the mutu baku, due before, finished work.</summary>
public sealed class InboxTests
{
    [TearDown]
    public void PutTheClockBack() => WorkflowsServer.Clock.Reset();

    [Test]
    public async Task A_task_past_its_mutu_baku_is_listed_as_overdue_once_the_clock_passes_its_due_time()
    {
        using var petugas = Users.Petugas("petugas-inbox");
        var kasus = await petugas.StartInstanceAsync("dinas-uji.paralel", "INBOX-1");
        var task = kasus.Task("terima").ToString();
        var due = DateTimeOffset.Parse(kasus["openSteps"]![0]!["due"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);

        Assert.That(await IdsAsync(petugas, "?overdue=true&definition=dinas-uji.paralel"), Does.Not.Contain(task));
        Assert.That(await IdsAsync(petugas, "?overdue=false&definition=dinas-uji.paralel"), Does.Contain(task));

        WorkflowsServer.Clock.Advance(due - WorkflowsServer.Clock.GetUtcNow() + TimeSpan.FromMinutes(1));

        var overdue = await petugas.TasksAsync("?overdue=true&definition=dinas-uji.paralel");
        Assert.That(overdue.Select(t => t!["id"]!.GetValue<string>()), Does.Contain(task));
        Assert.That(overdue.First(t => t!["id"]!.GetValue<string>() == task)!["overdue"]!.GetValue<bool>(), Is.True);
        Assert.That(await IdsAsync(petugas, "?overdue=false&definition=dinas-uji.paralel"), Does.Not.Contain(task));
    }

    [Test]
    public async Task Due_before_definition_and_status_narrow_the_inbox()
    {
        using var petugas = Users.Petugas("petugas-inbox-2");
        var kasus = await petugas.StartInstanceAsync("dinas-uji.paralel", "INBOX-2");
        var task = kasus.Task("terima").ToString();
        var due = DateTimeOffset.Parse(kasus["openSteps"]![0]!["due"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);

        Assert.That(await IdsAsync(petugas, $"?dueBefore={Uri.EscapeDataString(due.AddMinutes(1).ToString("O"))}"), Does.Contain(task));
        Assert.That(await IdsAsync(petugas, $"?dueBefore={Uri.EscapeDataString(due.ToString("O"))}"), Does.Not.Contain(task));
        Assert.That(await IdsAsync(petugas, "?definition=dinas-uji.sederhana"), Does.Not.Contain(task));

        await petugas.CompleteTaskAsync(kasus.Task("terima"), produces: "berkas");
        var done = await petugas.TasksAsync("?status=completed");
        Assert.That(done.Select(t => t!["id"]!.GetValue<string>()), Does.Contain(task));
        Assert.That(done.First(t => t!["id"]!.GetValue<string>() == task)!["closedBy"]!.GetValue<string>(), Is.EqualTo("petugas-inbox-2"));
    }

    [Test]
    public async Task Only_supervisors_and_administrators_list_every_task_of_the_agency()
    {
        using var petugas = Users.Petugas("petugas-inbox-3");
        using var kepala = Users.UjiSupervisor();
        var kasus = await petugas.StartInstanceAsync("dinas-uji.paralel", "INBOX-3");

        await ApiClient.Expect(await petugas.GetAsync("/tasks?scope=all"), HttpStatusCode.Forbidden);
        Assert.That(await IdsAsync(kepala, "?scope=all&definition=dinas-uji.paralel"), Does.Contain(kasus.Task("terima").ToString()));
        Assert.That(await IdsAsync(kepala, "?definition=dinas-uji.paralel"), Does.Not.Contain(kasus.Task("terima").ToString()),
            "the kepala does not hold the petugas role, so the task is not in the kepala's own inbox");
    }

    private static async Task<IReadOnlyList<string>> IdsAsync(ApiClient client, string query) =>
        [.. (await client.TasksAsync(query)).Select(t => t!["id"]!.GetValue<string>())];
}
