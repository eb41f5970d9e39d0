using System.Net;
using Workflows.Testing;

namespace Workflows.Reliability.Tests;

/// <summary>Dependencies blink: RabbitMQ stopped for a while, PostgreSQL restarted.</summary>
[NonParallelizable]
public sealed class OutageTests
{
    private static TimeSpan BrokerOutage =>
        TimeSpan.FromSeconds(int.TryParse(Environment.GetEnvironmentVariable("WORKFLOWS_RELIABILITY_OUTAGE_SECONDS"), out var s) ? s : 30);

    [Test]
    public async Task With_RabbitMQ_down_the_api_keeps_serving_and_the_outbox_drains_when_it_returns()
    {
        await using var deployment = await Deployment.CreateAsync("workflows_reliability_broker");
        var node = await deployment.StartNodeAsync(5211);
        await using var ledger = await EventLedger.StartAsync(Deployment.RabbitMqUrl(deployment.Repo));
        using var staff = new Staff([node.Url], "bench", "petugas-outage", ["staff"], "petugas");
        using var probe = new HttpClient();

        deployment.Script("rabbitmq.sh", "stop");
        var served = 0;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            while (watch.Elapsed < BrokerOutage)
            {
                var kasus = await staff.PostAsync("/instances", new { definition = LoadDriver.Definition, businessKey = $"BROKER-{served}" });
                await staff.PostAsync($"/tasks/{kasus["openSteps"]![0]!["taskId"]}/complete", new { });
                served += 2;
                await Task.Delay(200);
            }

            var ready = await probe.GetAsync(new Uri(node.Url + "/health/ready"));
            Invariants.Holds("readiness while the broker is down (200: degraded, still serving)", (long)ready.StatusCode, 200);
            Invariants.Print("readiness report", await ready.Content.ReadAsStringAsync());
        }
        finally
        {
            deployment.Script("rabbitmq.sh", "start");
        }

        Invariants.Print($"requests served in {BrokerOutage.TotalSeconds:0} s without the broker", served);
        Invariants.Holds("requests refused while the broker was down", staff.Retries, 0);
        var waiting = await Invariants.CountAsync(deployment.Database, "SELECT count(*) FROM workflows.outbox WHERE published_at IS NULL");
        Invariants.Print("events waiting in the outbox when the broker returned", waiting);
        Assert.That(waiting, Is.GreaterThan(0));

        var drained = System.Diagnostics.Stopwatch.StartNew();
        while (await Invariants.CountAsync(deployment.Database, "SELECT count(*) FROM workflows.outbox WHERE published_at IS NULL") > 0 && drained.Elapsed < TimeSpan.FromSeconds(90))
        {
            await Task.Delay(200);
        }

        Invariants.Print("outbox drained after the broker returned, seconds", Math.Round(drained.Elapsed.TotalSeconds, 1));
        var events = await Invariants.CountAsync(deployment.Database, "SELECT count(*) FROM workflows.outbox");
        while (ledger.Deliveries.Count < events && drained.Elapsed < TimeSpan.FromSeconds(120))
        {
            await Task.Delay(200);
        }

        Invariants.Holds("outbox events not published", await Invariants.CountAsync(deployment.Database, "SELECT count(*) FROM workflows.outbox WHERE published_at IS NULL"), 0);
        Invariants.Holds("events the consumer received", ledger.Deliveries.Count, events);
    }

    [Test]
    public async Task During_a_database_restart_requests_get_503_with_Retry_After_and_the_service_recovers_by_itself()
    {
        await using var deployment = await Deployment.CreateAsync("workflows_reliability_database");
        var node = await deployment.StartNodeAsync(5212);
        using var http = new HttpClient { BaseAddress = new Uri(node.Url) };
        http.DefaultRequestHeaders.Authorization = new("Bearer", Staff.Token("petugas-db", "bench", ["staff"], ["petugas"]));

        deployment.Script("postgres.sh", "stop");
        HttpResponseMessage during, ready, live;
        try
        {
            Assert.That(await ReachableAsync(deployment.Database), Is.False,
                "postgres.sh stop left the server running (is another checkout's cluster serving this port?)");
            during = await http.GetAsync(new Uri("/instances", UriKind.Relative));
            ready = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));
            live = await http.GetAsync(new Uri("/health/live", UriKind.Relative));
        }
        finally
        {
            deployment.Script("postgres.sh", "start");
            // This process's own pooled connections died with the server too.
            Npgsql.NpgsqlConnection.ClearAllPools();
        }

        Invariants.Holds("status of a request while the database is down", (long)during.StatusCode, 503);
        Assert.That(during.Headers.RetryAfter, Is.Not.Null, "Retry-After");
        Assert.That(during.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Invariants.Holds("readiness while the database is down", (long)ready.StatusCode, 503);
        Invariants.Holds("liveness while the database is down (the process is fine)", (long)live.StatusCode, 200);

        var watch = System.Diagnostics.Stopwatch.StartNew();
        HttpStatusCode after;
        do
        {
            await Task.Delay(250);
            after = (await http.GetAsync(new Uri("/instances", UriKind.Relative))).StatusCode;
        }
        while (after != HttpStatusCode.OK && watch.Elapsed < TimeSpan.FromSeconds(60));

        Invariants.Print("seconds until requests succeed again", Math.Round(watch.Elapsed.TotalSeconds, 1));
        Invariants.Holds("status after the database is back", (long)after, 200);
        Invariants.Holds("readiness after the database is back", (long)(await http.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode, 200);
        var kasus = await new Staff([node.Url], "bench", "petugas-db", ["staff"], "petugas").PostAsync("/instances", new { definition = LoadDriver.Definition, businessKey = "AFTER-RESTART" });
        Assert.That(kasus["status"]!.GetValue<string>(), Is.EqualTo("running"), "a case starts after the restart");
    }

    private static async Task<bool> ReachableAsync(string database)
    {
        try
        {
            await using var connection = new Npgsql.NpgsqlConnection(database + ";Timeout=3;Pooling=false");
            await connection.OpenAsync();
            return true;
        }
        catch (Npgsql.NpgsqlException)
        {
            return false;
        }
    }
}
