using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Workflows.Api.Tests.Support;

namespace Workflows.Api.Tests.Definitions;

/// <summary>WL006 over HTTP: the server judges a calendar's coverage on its own clock, as <c>workflows lint</c> does.</summary>
[NonParallelizable]
public sealed class CoverageWarningTests
{
    [TearDown]
    public void PutTheClockBack() => WorkflowsServer.Clock.Reset();

    private static async Task<List<(string Code, int Line, string Message)>> CoverageWarningsAsync(string now)
    {
        WorkflowsServer.Clock.SetNow(DateTimeOffset.Parse(now, CultureInfo.InvariantCulture));
        var yaml = await File.ReadAllTextAsync(Path.Combine(WorkflowsServer.Folder, "bkpsdm-magetan", "fasilitasi-izin-cuti.yaml"));
        using var content = new StringContent(yaml, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/yaml");
        using var admin = Users.MagetanAdmin();
        var response = await admin.SendAsync(HttpMethod.Post, "/definitions/validate?file=cuti.yaml", content);
        await ApiClient.Expect(response, HttpStatusCode.OK);
        var body = await ApiClient.JsonAsync(response);

        Assert.That(body["valid"]!.GetValue<bool>(), Is.True);
        return [.. body["warnings"]!.AsArray()
            .Select(w => (w!["code"]!.GetValue<string>(), w["line"]!.GetValue<int>(), w["message"]!.GetValue<string>()))
            .Where(w => w.Item1 == "WL006")];
    }

    [Test]
    public async Task Validating_60_days_before_the_calendar_runs_out_warns_on_the_calendar_key()
    {
        var warning = (await CoverageWarningsAsync("2026-11-01T09:00:00+07:00")).Single();

        Assert.That(warning.Line, Is.EqualTo(13));
        Assert.That(warning.Message, Does.StartWith("calendar 'id-asn' lists holidays only up to 2026-12-31, 60 day(s) left"));
    }

    [Test]
    public async Task Validating_after_the_calendar_ran_out_says_it_ended() =>
        Assert.That((await CoverageWarningsAsync("2027-02-01T09:00:00+07:00")).Single().Message, Does.Contain("its coverage ended 32 day(s) ago"));

    [Test]
    public async Task Validating_half_a_year_before_the_end_gives_no_coverage_warning() =>
        Assert.That(await CoverageWarningsAsync("2026-06-01T09:00:00+07:00"), Is.Empty);
}
