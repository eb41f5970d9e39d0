using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Workflows.Api.Tests.Support;

namespace Workflows.Api.Tests.Instances;

/// <summary>Two servers on one database, as two nodes of a deployment: neither can apply a transition the other applied.</summary>
public sealed class TwoNodeTests
{
    private WebApplicationFactory<Program>? second;

    [OneTimeSetUp]
    public async Task StartSecondNodeAsync() => second = await WorkflowsServer.StartNodeAsync();

    [OneTimeTearDown]
    public async Task StopSecondNodeAsync()
    {
        if (second is not null)
        {
            await second.DisposeAsync();
        }
    }

    [Test]
    public async Task A_second_node_starting_on_the_same_database_imports_nothing_twice()
    {
        using var admin = Users.UjiAdmin();
        using var onSecond = WorkflowsServer.Client(second!, "admin-uji-b", Users.UjiAgency, ["admin"]);
        foreach (var client in new[] { admin, onSecond })
        {
            var response = await client.GetAsync("/definitions/dinas-uji.induk");
            await ApiClient.Expect(response, HttpStatusCode.OK);
            var versions = (await ApiClient.JsonAsync(response))["versions"]!.AsArray();
            Assert.That(versions.Select(v => v!["createdBy"]!.GetValue<string>()), Is.EqualTo(new[] { "system:import" }));
        }
    }

    [Test]
    public async Task Of_one_task_completed_on_both_nodes_at_once_exactly_one_completion_holds()
    {
        using var onFirst = Users.Petugas("petugas-node-a");
        using var onSecond = WorkflowsServer.Client(second!, "petugas-node-b", Users.UjiAgency, ["staff"], "petugas");
        for (var round = 0; round < 10; round++)
        {
            var kasus = await onFirst.StartInstanceAsync("dinas-uji.sederhana", $"NODES-{round}");
            var task = kasus.Task("kerjakan");

            var answers = await Task.WhenAll(onFirst.CompleteAsync(task), onSecond.CompleteAsync(task));

            Assert.That(answers.Select(a => a.StatusCode).Order(), Is.EqualTo(new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }), $"round {round}");
            var history = await onSecond.ArrayAsync($"/instances/{kasus.Id()}/history");
            Assert.That(history.Count(h => h!["action"]!.GetValue<string>() == "task-completed"), Is.EqualTo(1), $"round {round}");
            Assert.That((await onFirst.InstanceAsync(kasus.Id())).Status(), Is.EqualTo("completed"));
        }
    }
}
