using System.Net;
using Workflows.Api.Tests.Support;

namespace Workflows.Api.Tests.Instances;

/// <summary>Hangfire's dashboard at /hangfire: platform administrators only, and read-only unless a setting allows actions.</summary>
public sealed class JobsDashboardTests
{
    [Test]
    public async Task The_dashboard_asks_for_a_token()
    {
        using var anonymous = WorkflowsServer.Factory.CreateClient();

        var response = await anonymous.GetAsync(new Uri("/hangfire", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task An_agency_administrator_is_refused_the_dashboard()
    {
        using var admin = Users.UjiAdmin();

        Assert.That((await admin.GetAsync("/hangfire")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await admin.GetAsync("/hangfire/recurring")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task A_platform_administrator_sees_the_recurring_jobs_but_cannot_trigger_them()
    {
        using var root = Users.PlatformAdmin();

        var home = await root.GetAsync("/hangfire");
        var recurring = await root.GetAsync("/hangfire/recurring");
        var trigger = await root.SendAsync(HttpMethod.Post, "/hangfire/recurring/trigger",
            new FormUrlEncodedContent([new("jobs[]", "housekeeping")]));

        await ApiClient.Expect(home, HttpStatusCode.OK);
        await ApiClient.Expect(recurring, HttpStatusCode.OK);
        var page = await recurring.Content.ReadAsStringAsync();
        Assert.That(page, Does.Contain("overdue-digest").And.Contain("housekeeping"));
        Assert.That(page, Does.Not.Contain("js-jobs-list-command"), "read-only: no buttons");
        Assert.That(trigger.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "read-only: commands are refused");
    }

    [Test]
    public async Task With_actions_allowed_a_platform_administrator_can_trigger_a_recurring_job()
    {
        await using var node = await WorkflowsServer.StartNodeAsync(new Dictionary<string, string?> { ["Workflows:Hangfire:DashboardActions"] = "true" });
        using var root = WorkflowsServer.Client(node, "root", "*", ["platform-admin"]);

        var recurring = await root.GetAsync("/hangfire/recurring");
        var trigger = await root.SendAsync(HttpMethod.Post, "/hangfire/recurring/trigger",
            new FormUrlEncodedContent([new("jobs[]", "housekeeping")]));

        await ApiClient.Expect(recurring, HttpStatusCode.OK);
        Assert.That(await recurring.Content.ReadAsStringAsync(), Does.Contain("js-jobs-list-command"));
        Assert.That(trigger.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
    }
}
