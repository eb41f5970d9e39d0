using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Api.Tests.Support;

namespace Workflows.Api.Tests.Instances;

/// <summary>Hangfire: definitions with <c>schedule:</c> start instances on their cron, once per fire across nodes; the overdue digest.</summary>
public sealed class ScheduleTests
{
    private static readonly string Recap = ScheduleSafetyTests.Recap("dinas-uji.rekap-berkala", "0/2 * * * * ?");

    [TearDown]
    public void PutTheClockBack() => WorkflowsServer.Clock.Reset();

    [Test]
    public async Task A_scheduled_definition_starts_one_case_per_fire_across_two_nodes_until_it_is_retired()
    {
        await using var second = await WorkflowsServer.StartNodeAsync();
        using var admin = Users.UjiAdmin();
        var content = new StringContent(Recap, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/yaml");
        var created = await admin.SendAsync(HttpMethod.Post, "/definitions", content);
        await ApiClient.Expect(created, HttpStatusCode.Created);
        var version = (await ApiClient.JsonAsync(created))["version"]!.GetValue<int>();
        await ApiClient.Expect(await admin.PostAsync($"/definitions/dinas-uji.rekap-berkala/versions/{version}/publish", null), HttpStatusCode.OK);

        await Timers.WaitUntilAsync(async () => (await InstancesAsync(admin)).Count >= 3, "three scheduled cases", TimeSpan.FromSeconds(20));
        await ApiClient.Expect(await admin.PostAsync("/definitions/dinas-uji.rekap-berkala/retire", null), HttpStatusCode.OK);
        await Task.Delay(500);
        var instances = await InstancesAsync(admin);

        Assert.That(instances, Is.Unique, "one case per fire time, though two nodes run the scheduler");
        Assert.That(instances, Has.All.Match("^REKAP-BERKALA-[0-9]{8}-[0-9]{6}$"));
        Assert.That(instances.Select(k => int.Parse(k[^2..], System.Globalization.CultureInfo.InvariantCulture) % 2), Has.All.Zero, "fired on even seconds");
        var first = (await admin.ArrayAsync("/instances?definition=dinas-uji.rekap-berkala"))[0]!["id"]!.GetValue<string>();
        var history = await admin.ArrayAsync($"/instances/{first}/history");
        Assert.That(history[0]!["actor"]!.GetValue<string>(), Is.EqualTo("system:schedule"));

        await Task.Delay(2500);
        Assert.That(await InstancesAsync(admin), Has.Count.EqualTo(instances.Count), "a retired definition starts nothing");
    }

    [Test]
    public async Task The_overdue_digest_reaches_every_supervisor_up_the_chain()
    {
        using var petugas = Users.Uji("petugas-digest", "petugas");
        var kasus = await petugas.StartInstanceAsync("dinas-uji.tenggat", "DIGEST-1");
        var task = kasus.Task("verifikasi").ToString();
        Timers.MoveClockTo(DateTimeOffset.Parse(kasus["openSteps"]![0]!["due"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
        await Timers.WaitUntilAsync(async () => (await Timers.EscalationsAsync(kasus.Id())).Count == 1, "the escalation");

        WorkflowsServer.Factory.Services.GetRequiredService<IRecurringJobManager>().Trigger("overdue-digest");

        foreach (var role in new[] { "kepala-seksi", "kepala-dinas" })
        {
            using var supervisor = Users.Uji($"digest-{role}", role);
            await Timers.WaitUntilAsync(async () => (await supervisor.ArrayAsync("/notifications?kind=digest"))
                .Any(n => n!["detail"]!["tasks"]!.AsArray().Any(t => t!["taskId"]!.GetValue<string>() == task)), $"the digest for {role}");
        }

        using var other = Users.Uji("digest-petugas", "petugas");
        Assert.That(await other.ArrayAsync("/notifications?kind=digest"), Is.Empty, "the petugas oversees nobody");
    }

    private static async Task<List<string>> InstancesAsync(ApiClient client) =>
        [.. (await client.ArrayAsync("/instances?definition=dinas-uji.rekap-berkala&limit=500")).Select(i => i!["businessKey"]!.GetValue<string>())];
}
