using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Workflows.Api.Tests.Support;
using Workflows.Infrastructure.Calendars;

namespace Workflows.Api.Tests.Calendars;

/// <summary>
/// The stories' moments against the repository's <c>id-asn</c> calendar, whose holiday list covers 2025-01-01 to
/// 2026-12-31, and an agency of a test's own, so what it counts is not what another test or a node's start sent.
/// </summary>
internal static class Coverage
{
    /// <summary>Tuesday 1 December 2026, 10:00 WIB: 30 days of coverage left.</summary>
    public static readonly DateTimeOffset ThirtyDaysLeft = new(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(7));

    /// <summary>Monday 1 June 2026, 10:00 WIB: 213 days left, well beyond the 60-day warning.</summary>
    public static readonly DateTimeOffset Ample = new(2026, 6, 1, 10, 0, 0, TimeSpan.FromHours(7));

    /// <summary>A new agency with one published definition on <c>id-asn</c>; returns the agency's id.</summary>
    public static async Task<string> AgencyUsingIdAsnAsync()
    {
        var agency = $"kalender-{Guid.NewGuid():N}"[..17];
        using var admin = Admin(agency);
        var yaml = $"""
            id: {agency}.sederhana
            title: Uji kalender
            agency: {agency}
            calendar: id-asn
            roles:
              petugas: Petugas
            steps:
              - {"{"} id: kerjakan, kind: task, actor: petugas, next: selesai {"}"}
              - {"{"} id: selesai, kind: end, result: done {"}"}
            """;
        using var content = new StringContent(yaml, System.Text.Encoding.UTF8, "application/yaml");
        var created = await admin.SendAsync(HttpMethod.Post, "/definitions?file=sederhana.yaml", content);
        await ApiClient.Expect(created, HttpStatusCode.Created);
        var version = (await ApiClient.JsonAsync(created))["version"]!.GetValue<int>();
        await ApiClient.Expect(await admin.PostAsync($"/definitions/{agency}.sederhana/versions/{version}/publish", null), HttpStatusCode.OK);
        return agency;
    }

    public static ApiClient Admin(string agency) => WorkflowsServer.Client($"admin-{agency}", agency, ["admin"]);

    /// <summary>A watch of the test server's own services, as another node's would be (it keeps its own day).</summary>
    public static CoverageWatch NewWatch(Microsoft.Extensions.Logging.ILogger<CoverageWatch>? logger = null)
    {
        var services = WorkflowsServer.Factory.Services;
        return new CoverageWatch(services.GetRequiredService<IServiceScopeFactory>(), services.GetRequiredService<TimeProvider>(),
            logger ?? NullLogger<CoverageWatch>.Instance);
    }
}
