using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Workflows.Api.Tests.Support;
using Workflows.Core.Definitions;
using Workflows.Core.Time;

namespace Workflows.Api.Tests.Seeds;

/// <summary>
/// Drives one instance of a shipped definition through the server as its people would: started with the data fields'
/// examples and the service requirements, then every open step completed with the documents it produces — the first
/// outcome whose condition holds at decisions, messages posted for receive steps, the clock moved for range minimums.
/// With <see cref="TakeReturnLoop"/>, the first decision that can send work back does so once.
/// </summary>
internal sealed class SeedDriver(ApiClient client, WorkflowDefinition definition, WorkingCalendar calendar)
{
    private const int MaxSteps = 300;

    public bool TakeReturnLoop { get; init; }

    /// <summary>The return outcome taken, as "step:outcome", once one was.</summary>
    public string? ReturnTaken { get; private set; }

    /// <summary>Open steps whose due time was checked against the calendar.</summary>
    public int DeadlinesChecked { get; private set; }

    public async Task<JsonObject> RunAsync(string businessKey)
    {
        var data = new JsonObject();
        foreach (var field in definition.Data.Where(f => f.Example is not null))
        {
            data[field.Name] = JsonNode.Parse(field.Example!.Value.GetRawText());
        }

        var requirements = definition.ServiceStandard?.Requirements ?? [];
        var kasus = await client.StartInstanceAsync(definition.Id, businessKey, data, await client.UploadAllAsync([.. requirements]));
        for (var moves = 0; kasus.Status() == "running"; moves++)
        {
            Assert.That(moves, Is.LessThan(MaxSteps), $"{definition.Id} did not finish within {MaxSteps} steps; open: {string.Join(", ", kasus.OpenSteps())}");
            var open = kasus["openSteps"]!.AsArray()[0]!.AsObject();
            CheckDeadline(open);
            kasus = open["waitingFor"]!.GetValue<string>() switch
            {
                "actor" => await CompleteAsync(kasus, open),
                "message" => await DeliverAsync(kasus, open),
                var other => throw new AssertionException($"{definition.Id}: step '{open["step"]}' waits for {other}, which the seed driver does not drive"),
            };
        }

        return kasus;
    }

    private void CheckDeadline(JsonObject open)
    {
        var step = definition.Step(open["step"]!.GetValue<string>());
        if (!step.Duration.HasStandard)
        {
            Assert.That(open["due"], Is.Null, $"step '{step.Id}' has no standard, so no due time");
            return;
        }

        var opened = Instant(open["openedAt"]);
        var window = calendar.Due(opened, step.Duration);
        Assert.That(Instant(open["due"]), Is.EqualTo(window.Due!.Value).Within(TimeSpan.FromMilliseconds(1)), $"due time of '{step.Id}' ({step.Duration.Text})");
        DeadlinesChecked++;
    }

    private async Task<JsonObject> CompleteAsync(JsonObject kasus, JsonObject open)
    {
        var step = definition.Step(open["step"]!.GetValue<string>());
        var taskId = Guid.Parse(open["taskId"]!.GetValue<string>());
        foreach (var outcome in Outcomes(step))
        {
            var response = await client.CompleteAsync(taskId, outcome, documents: await client.UploadAllAsync([.. step.Produces]));
            if (response.StatusCode == HttpStatusCode.Conflict && (await ApiClient.JsonAsync(response))["code"]?.GetValue<string>() == "too-early")
            {
                // A range minimum ("1 – 6 bulan"): the people wait until it has passed.
                Timers.MoveClockTo(Instant(open["earliest"]));
                response = await client.CompleteAsync(taskId, outcome, documents: await client.UploadAllAsync([.. step.Produces]));
            }

            if (response.StatusCode == HttpStatusCode.OK)
            {
                if (outcome is not null && outcome != step.Outcomes[0].Name)
                {
                    ReturnTaken ??= $"{step.Id}:{outcome}";
                }

                return await ApiClient.JsonAsync(response);
            }

            var problem = await ApiClient.JsonAsync(response);
            Assert.That(problem["code"]?.GetValue<string>(), Is.EqualTo("outcome-not-allowed"),
                $"{definition.Id}: completing '{step.Id}' with '{outcome}' failed: {problem.ToJsonString()}");
        }

        throw new AssertionException($"{definition.Id}: no outcome of '{step.Id}' is allowed on the example data");
    }

    /// <summary>The outcomes to try in order: the return outcome first when one is still to be taken, then the listed order.</summary>
    private List<string?> Outcomes(WorkflowStep step)
    {
        if (step.Kind != StepKind.Decision)
        {
            return [null];
        }

        var index = definition.Steps.IndexOf(step);
        var back = step.Outcomes.Skip(1).FirstOrDefault(o => definition.Steps.IndexOf(definition.Step(o.Target)) <= index);
        var names = step.Outcomes.Select(o => (string?)o.Name).ToList();
        return TakeReturnLoop && ReturnTaken is null && back is not null ? [back.Name, .. names.Where(n => n != back.Name)] : names;
    }

    private async Task<JsonObject> DeliverAsync(JsonObject kasus, JsonObject open)
    {
        var step = definition.Step(open["step"]!.GetValue<string>());
        var response = await client.PostAsync($"/instances/{kasus.Id()}/messages/{open["message"]!.GetValue<string>()}",
            new JsonObject { ["data"] = new JsonObject(), ["documents"] = await client.UploadAllAsync([.. step.Produces]) });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"{definition.Id}: message for '{step.Id}': {await response.Content.ReadAsStringAsync()}");
        return await ApiClient.JsonAsync(response);
    }

    private static DateTimeOffset Instant(JsonNode? node) => DateTimeOffset.Parse(node!.GetValue<string>(), CultureInfo.InvariantCulture);
}
