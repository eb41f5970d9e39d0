using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Workflows.Api.Tests.Support;
using Workflows.Cli;

namespace Workflows.Api.Tests.Definitions;

/// <summary>Administrators validate, version, publish and retire definitions; running instances keep their version.</summary>
public sealed class DefinitionVersionTests
{
    private const string VersionTwo = """
        id: dinas-uji.sederhana
        title: Uji sederhana (dengan pemeriksaan)
        agency: dinas-uji
        roles:
          petugas: Petugas
          kepala: Kepala
        steps:
          - id: kerjakan
            kind: task
            actor: petugas
            next: periksa
          - id: periksa
            kind: task
            actor: kepala
            next: selesai
          - id: selesai
            kind: end
            result: done
        """;

    private static StringContent Yaml(string text)
    {
        var content = new StringContent(text, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/yaml");
        return content;
    }

    [Test]
    public async Task The_workflows_folder_is_imported_and_published_on_first_start()
    {
        using var admin = Users.PlatformAdmin();
        var definitions = await admin.ArrayAsync("/definitions");
        var ids = definitions.Select(d => d!["id"]!.GetValue<string>()).ToList();
        Assert.That(ids, Does.Contain("bkpsdm-magetan.fasilitasi-izin-cuti").And.Contain("dinas-uji.paralel").And.Contain("bkd-lain.sederhana"));
        Assert.That(definitions.First(d => d!["id"]!.GetValue<string>() == "dinas-uji.paralel")!["publishedVersion"]!.GetValue<int>(), Is.EqualTo(1));

        using var uji = Users.UjiAdmin();
        Assert.That((await uji.ArrayAsync("/definitions")).Select(d => d!["agency"]!.GetValue<string>()).Distinct(), Is.EqualTo(new[] { Users.UjiAgency }));
    }

    [Test]
    public async Task Validating_over_http_gives_the_same_messages_and_positions_as_the_cli()
    {
        // The CLI checks a file against the workflows folder it lives in, so put it where the server's calendars are.
        var file = Path.Combine(WorkflowsServer.Folder, "scratch", "cuti-broken.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "cuti-broken.yaml"), file, overwrite: true);
        using var admin = Users.MagetanAdmin();
        var response = await admin.SendAsync(HttpMethod.Post, "/definitions/validate?file=cuti-broken.yaml", Yaml(await File.ReadAllTextAsync(file)));
        await ApiClient.Expect(response, HttpStatusCode.OK);
        var body = await ApiClient.JsonAsync(response);

        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CliApp.Run(["validate", file], stdout, stderr);
        var cliLines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(l => l.StartsWith(file, StringComparison.Ordinal))
            .Select(l => "cuti-broken.yaml" + l[file.Length..])
            .ToList();

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(body["valid"]!.GetValue<bool>(), Is.False);
        Assert.That(body["errors"]!.AsArray().Select(e => e!["text"]!.GetValue<string>()), Is.EqualTo(cliLines));
    }

    [Test]
    public async Task A_validation_answer_lists_at_most_200_errors_and_warnings_and_counts_them_all()
    {
        var roles = string.Concat(Enumerable.Range(0, 3000).Select(i => $"  r{i}: R\n"));
        var data = string.Concat(Enumerable.Range(0, 300).Select(i => $"  f{i}: {{ type: tidak-ada }}\n"));
        var yaml = $"id: bkpsdm-magetan.besar\ntitle: Besar\nagency: bkpsdm-magetan\nroles:\n{roles}data:\n{data}steps:\n  - {{ id: e, kind: end }}\n";
        using var admin = Users.MagetanAdmin();
        var response = await admin.SendAsync(HttpMethod.Post, "/definitions/validate?file=besar.yaml", Yaml(yaml));
        await ApiClient.Expect(response, HttpStatusCode.OK);
        var body = await ApiClient.JsonAsync(response);

        Assert.That(body["errorCount"]!.GetValue<int>(), Is.GreaterThanOrEqualTo(300), "one error per field of an unknown type");
        Assert.That(body["warningCount"]!.GetValue<int>(), Is.GreaterThanOrEqualTo(3000), "one warning per unused role");
        Assert.That(body["errors"]!.AsArray(), Has.Count.EqualTo(200));
        Assert.That(body["warnings"]!.AsArray(), Has.Count.EqualTo(200));
    }

    [Test]
    public async Task An_invalid_draft_is_refused_with_its_diagnostics_and_other_roles_may_not_create_drafts()
    {
        using var admin = Users.UjiAdmin();
        var response = await admin.SendAsync(HttpMethod.Post, "/definitions", Yaml("id: dinas-uji.rusak\ntitle: x\nagency: dinas-uji\nsteps: []\n"));
        await ApiClient.Expect(response, HttpStatusCode.UnprocessableEntity);
        Assert.That((await ApiClient.JsonAsync(response))["diagnostics"]!.AsArray(), Is.Not.Empty);

        using var petugas = Users.Petugas();
        await ApiClient.Expect(await petugas.SendAsync(HttpMethod.Post, "/definitions", Yaml(VersionTwo)), HttpStatusCode.Forbidden);
        var json = new StringContent("{}", Encoding.UTF8, "application/json");
        await ApiClient.Expect(await admin.SendAsync(HttpMethod.Post, "/definitions", json), HttpStatusCode.UnsupportedMediaType);
    }

    [Test]
    public async Task A_draft_does_not_touch_running_cases_and_publishing_it_only_changes_new_ones()
    {
        using var admin = Users.UjiAdmin();
        using var petugas = Users.Petugas();
        using var kepala = Users.UjiSupervisor();
        var running = await petugas.StartInstanceAsync("dinas-uji.sederhana", "VER-1");
        var version1 = running["version"]!.GetValue<int>();

        try
        {
            await DraftAndPublishAsync(admin, petugas, kepala, running, version1);
        }
        finally
        {
            // Other tests start dinas-uji.sederhana on the shared server and expect its one-step version.
            await ApiClient.Expect(await admin.PostAsync($"/definitions/dinas-uji.sederhana/versions/{version1}/publish", null), HttpStatusCode.OK);
        }
    }

    private static async Task DraftAndPublishAsync(ApiClient admin, ApiClient petugas, ApiClient kepala, JsonObject running, int version1)
    {
        var draft = await admin.SendAsync(HttpMethod.Post, "/definitions", Yaml(VersionTwo));
        await ApiClient.Expect(draft, HttpStatusCode.Created);
        var draftVersion = (await ApiClient.JsonAsync(draft))["version"]!.GetValue<int>();
        Assert.That(draftVersion, Is.GreaterThan(version1));

        var whileDraft = await petugas.StartInstanceAsync("dinas-uji.sederhana", "VER-2");
        Assert.That(whileDraft["version"]!.GetValue<int>(), Is.EqualTo(version1), "a draft is not what new cases start on");

        await ApiClient.Expect(await admin.PostAsync($"/definitions/dinas-uji.sederhana/versions/{draftVersion}/publish", null), HttpStatusCode.OK);
        var afterPublish = await petugas.StartInstanceAsync("dinas-uji.sederhana", "VER-3");
        Assert.That(afterPublish["version"]!.GetValue<int>(), Is.EqualTo(draftVersion));

        var finished = await petugas.CompleteTaskAsync(running.Task("kerjakan"));
        Assert.That(finished.Status(), Is.EqualTo("completed"), "the old case ends on its own version, without the new step");
        var next = await petugas.CompleteTaskAsync(afterPublish.Task("kerjakan"));
        Assert.That(next.OpenSteps(), Is.EqualTo(new[] { "periksa" }));
        await kepala.CompleteTaskAsync(next.Task("periksa"));

        var versions = await admin.InstanceAsync(running.Id());
        Assert.That(versions["version"]!.GetValue<int>(), Is.EqualTo(version1));
    }

    [Test]
    public async Task A_retired_definition_starts_no_new_cases()
    {
        using var admin = Users.PlatformAdmin();
        using var outsider = Users.Outsider();
        var running = await outsider.StartInstanceAsync("bkd-lain.sederhana", "RET-1");
        await ApiClient.Expect(await admin.PostAsync("/definitions/bkd-lain.sederhana/retire", null), HttpStatusCode.OK);

        var refused = await outsider.StartAsync("bkd-lain.sederhana", "RET-2");
        await ApiClient.Expect(refused, HttpStatusCode.Conflict);
        Assert.That((await ApiClient.JsonAsync(refused))["code"]!.GetValue<string>(), Is.EqualTo("definition-retired"));
        Assert.That((await outsider.CompleteTaskAsync(running.Task("kerjakan"))).Status(), Is.EqualTo("completed"));
    }
}
