using System.Diagnostics.Metrics;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Api.Tests.Support;
using Workflows.Infrastructure.Calendars;

namespace Workflows.Api.Tests.Calendars;

/// <summary>
/// A calendar in use whose holiday list ends within 60 days shows in the readiness report — which stays healthy —
/// and in the days-left gauge.
/// </summary>
public sealed class CoverageReportTests
{
    [TearDown]
    public void PutTheClockBack() => WorkflowsServer.Clock.Reset();

    [Test]
    public async Task The_readiness_report_names_a_calendar_in_use_with_30_days_of_holidays_left_and_stays_healthy()
    {
        Timers.MoveClockTo(Coverage.ThirtyDaysLeft);
        var (status, report) = await ReadinessAsync();

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(report["status"]!.GetValue<string>(), Is.EqualTo("Healthy"));
        var coverage = report["checks"]!["calendar-coverage"]!;
        Assert.That(coverage["status"]!.GetValue<string>(), Is.EqualTo("Healthy"));
        Assert.That(coverage["description"]!.GetValue<string>(), Does.Contain("'id-asn'").And.Contain("2026-12-31").And.Contain("30 day(s)"));
        Assert.That(coverage["data"]!["id-asn"]!["daysLeft"]!.GetValue<int>(), Is.EqualTo(30));
        Assert.That(coverage["data"]!["id-asn"]!["coveredTo"]!.GetValue<string>(), Is.EqualTo("2026-12-31"));
        Assert.That(coverage["data"]!.AsObject().ContainsKey("id-asn-wit"), Is.False, "no published definition uses id-asn-wit");
        Assert.That(report["checks"]!["postgresql"]!["status"]!.GetValue<string>(), Is.EqualTo("Healthy"), "the other checks are listed too");
    }

    [Test]
    public async Task The_readiness_report_has_no_warning_while_every_calendar_in_use_covers_the_next_60_days()
    {
        Timers.MoveClockTo(Coverage.Ample);
        var (status, report) = await ReadinessAsync();

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        var coverage = report["checks"]!["calendar-coverage"]!;
        Assert.That(coverage["status"]!.GetValue<string>(), Is.EqualTo("Healthy"));
        Assert.That(coverage["data"], Is.Null);
        Assert.That(coverage["description"]!.GetValue<string>(), Does.Contain("at least the next 60 days"));
    }

    [Test]
    public async Task The_warning_period_is_a_setting()
    {
        Timers.MoveClockTo(Coverage.ThirtyDaysLeft);
        await using var node = await WorkflowsServer.StartNodeAsync(new Dictionary<string, string?> { ["Workflows:Calendars:CoverageWarningDays"] = "20" });
        using var http = node.CreateClient();
        var report = JsonNode.Parse(await http.GetStringAsync(new Uri("/health/ready", UriKind.Relative)))!;
        Assert.That(report["checks"]!["calendar-coverage"]!["data"], Is.Null, "30 days left is more than 20");
        Assert.That(report["checks"]!["calendar-coverage"]!["description"]!.GetValue<string>(), Does.Contain("at least the next 20 days"));
    }

    [Test]
    public async Task The_days_left_gauge_counts_to_the_last_covered_date_of_each_calendar_in_use()
    {
        Timers.MoveClockTo(Coverage.ThirtyDaysLeft);
        await ReadinessAsync();
        var meters = WorkflowsServer.Factory.Services.GetRequiredService<IMeterFactory>();
        var measured = new Dictionary<string, int>(StringComparer.Ordinal);
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            // Only this server's gauge: other nodes of the run have meters of the same name.
            if (instrument.Meter.Scope == meters && instrument.Name == CoverageGauge.DaysLeft)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<int>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "calendar")
                {
                    measured[(string)tag.Value!] = value;
                }
            }
        });
        listener.Start();

        listener.RecordObservableInstruments();
        Assert.That(measured["id-asn"], Is.EqualTo(30));
        Assert.That(measured.ContainsKey("id-asn-wit"), Is.False, "only calendars in use are measured");

        WorkflowsServer.Clock.Advance(TimeSpan.FromDays(7));
        listener.RecordObservableInstruments();
        Assert.That(measured["id-asn"], Is.EqualTo(23), "read when the gauge is read, on the clock's date");
    }

    private static async Task<(HttpStatusCode Status, JsonNode Report)> ReadinessAsync()
    {
        using var http = WorkflowsServer.Factory.CreateClient();
        var response = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }
}
