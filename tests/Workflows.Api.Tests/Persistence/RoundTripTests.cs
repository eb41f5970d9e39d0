using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Workflows.Api.Tests.Support;

namespace Workflows.Api.Tests.Persistence;

/// <summary>
/// What one command costs in database round trips (issue 17: one read and one write per command). The limits are the
/// counts the hot path reaches; a change that adds a round trip to it fails here, naming the statements.
/// </summary>
public sealed class RoundTripTests
{
    private const string Definition = "dinas-uji.tenggat";

    [Test]
    public async Task Completing_a_task_without_documents_costs_at_most_3_round_trips()
    {
        using var petugas = Users.Uji("petugas-trips-1", "petugas");
        var instance = await petugas.StartInstanceAsync(Definition, "TRIPS-1");

        var trips = await CountAsync(petugas, $"/tasks/{instance.Task("verifikasi")}/complete", Completion(), HttpStatusCode.OK);

        Assert.That(trips, Has.Count.LessThanOrEqualTo(3), string.Join("\n", trips));
    }

    [Test]
    public async Task Completing_a_task_with_an_idempotency_key_costs_at_most_6_round_trips()
    {
        using var petugas = Users.Uji("petugas-trips-2", "petugas");
        var instance = await petugas.StartInstanceAsync(Definition, "TRIPS-2");

        var trips = await CountAsync(petugas, $"/tasks/{instance.Task("verifikasi")}/complete", Completion(), HttpStatusCode.OK, "trips-2");

        Assert.That(trips, Has.Count.LessThanOrEqualTo(6), string.Join("\n", trips));
    }

    [Test]
    public async Task Claiming_a_task_costs_at_most_4_round_trips_with_the_answer_read_after_the_commit()
    {
        using var petugas = Users.Uji("petugas-trips-4", "petugas");
        var instance = await petugas.StartInstanceAsync(Definition, "TRIPS-4");

        var trips = await CountAsync(petugas, $"/tasks/{instance.Task("verifikasi")}/claim", null, HttpStatusCode.OK);

        Assert.That(trips, Has.Count.LessThanOrEqualTo(4), string.Join("\n", trips));
    }

    [Test]
    public async Task Starting_an_instance_costs_at_most_3_round_trips()
    {
        using var petugas = Users.Uji("petugas-trips-3", "petugas");
        var start = new JsonObject { ["definition"] = Definition, ["businessKey"] = "TRIPS-3", ["data"] = new JsonObject(), ["documents"] = new JsonArray() };

        var trips = await CountAsync(petugas, "/instances", start, HttpStatusCode.Created);

        Assert.That(trips, Has.Count.LessThanOrEqualTo(3), string.Join("\n", trips));
    }

    private static JsonObject Completion() => new() { ["data"] = new JsonObject(), ["documents"] = new JsonArray() };

    /// <summary>Sends one counted POST and returns its round trips, after checking its status and the header's count.</summary>
    private static async Task<IReadOnlyList<string>> CountAsync(ApiClient client, string path, JsonObject? body, HttpStatusCode status, string? idempotencyKey = null)
    {
        var probe = Guid.NewGuid().ToString();
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add(RoundTrips.Header, probe);
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        using var response = await client.Http.SendAsync(request);
        await ApiClient.Expect(response, status);
        var trips = RoundTrips.Of(probe);
        TestContext.Out.WriteLine($"{path}: {trips.Count} round trips\n{string.Join("\n", trips.Select((t, i) => $"#{i + 1}: {t.Split('\n')[0]}"))}");
        Assert.That(response.Headers.GetValues(RoundTrips.CountHeader).Single(), Is.EqualTo(trips.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return trips;
    }
}
