using System.Net;
using System.Text.Json.Nodes;
using Workflows.Api.Tests.Support;

namespace Workflows.Api.Tests.Instances;

/// <summary>Who may do what, the kelengkapan check, concurrent completion and idempotent retries.</summary>
public sealed class GuardTests
{
    [Test]
    public async Task Another_agency_sees_nothing_of_a_case_its_tasks_or_documents()
    {
        using var pemohon = Users.Pemohon();
        using var outsider = Users.Outsider();
        var cuti = await CutiInstanceTests.StartCutiAsync(pemohon, "CUTI-ISO-1");
        var task = cuti.Task("isi-formulir");
        var document = cuti["documents"]![0]!["id"]!.GetValue<string>();

        foreach (var path in new[] { $"/instances/{cuti.Id()}", $"/instances/{cuti.Id()}/history", $"/tasks/{task}", $"/documents/{document}", $"/documents/{document}/content", "/definitions/bkpsdm-magetan.fasilitasi-izin-cuti" })
        {
            var response = await outsider.GetAsync(path);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), path);
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), path);
        }

        await ApiClient.Expect(await outsider.CompleteAsync(task, documents: await outsider.UploadAllAsync("form-permohonan-cuti")), HttpStatusCode.NotFound);
        await ApiClient.Expect(await outsider.PostAsync($"/instances/{cuti.Id()}/cancel", new JsonObject { ["reason"] = "x" }), HttpStatusCode.NotFound);
        await ApiClient.Expect(await outsider.StartAsync("bkpsdm-magetan.fasilitasi-izin-cuti", "X", CutiInstanceTests.CutiData()), HttpStatusCode.NotFound);
        Assert.That((await outsider.TasksAsync("?scope=all")).Select(t => t!["instanceId"]!.GetValue<string>()), Does.Not.Contain(cuti.Id().ToString()));

        using var root = Users.PlatformAdmin();
        Assert.That((await root.InstanceAsync(cuti.Id())).Id(), Is.EqualTo(cuti.Id()), "a platform administrator sees every agency");
    }

    [Test]
    public async Task A_user_without_the_steps_actor_role_gets_403_naming_the_role()
    {
        using var pemohon = Users.Pemohon();
        using var kabid = Users.KepalaBidang();
        var cuti = await CutiInstanceTests.StartCutiAsync(pemohon, "CUTI-ROLE-1");
        cuti = await pemohon.CompleteTaskAsync(cuti.Task("isi-formulir"), produces: "form-permohonan-cuti");

        var response = await kabid.CompleteAsync(cuti.Task("periksa-kelengkapan"), "lengkap", documents: await kabid.UploadAllAsync("buku-registrasi-cuti"));

        await ApiClient.Expect(response, HttpStatusCode.Forbidden);
        var problem = await ApiClient.JsonAsync(response);
        Assert.That(problem["code"]!.GetValue<string>(), Is.EqualTo("not-actor-role"));
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("analis-kepegawaian"));
    }

    [Test]
    public async Task Starting_without_the_required_documents_is_refused_naming_each_missing_one()
    {
        using var pemohon = Users.Pemohon();
        var response = await pemohon.StartAsync("bkpsdm-magetan.fasilitasi-izin-cuti", "CUTI-DOC-1", CutiInstanceTests.CutiData(), await pemohon.UploadAllAsync("form-cuti"));

        await ApiClient.Expect(response, HttpStatusCode.UnprocessableEntity);
        var problem = await ApiClient.JsonAsync(response);
        Assert.That(problem["code"]!.GetValue<string>(), Is.EqualTo("missing-required-documents"));
        var errors = problem["errors"]!.AsArray().Select(e => e!.GetValue<string>()).ToList();
        Assert.That(errors, Has.Count.EqualTo(2));
        Assert.That(errors, Has.Some.Contains("surat-permohonan").And.Some.Contains("surat-kelengkapan"));
    }

    [Test]
    public async Task Completing_without_the_produced_document_is_refused_and_changes_nothing()
    {
        using var pemohon = Users.Pemohon();
        var cuti = await CutiInstanceTests.StartCutiAsync(pemohon, "CUTI-DOC-2");
        var response = await pemohon.CompleteAsync(cuti.Task("isi-formulir"));

        await ApiClient.Expect(response, HttpStatusCode.UnprocessableEntity);
        var problem = await ApiClient.JsonAsync(response);
        Assert.That(problem["code"]!.GetValue<string>(), Is.EqualTo("missing-produced-documents"));
        Assert.That(problem["errors"]!.AsArray().Select(e => e!.GetValue<string>()), Has.Some.Contains("form-permohonan-cuti"));
        Assert.That((await pemohon.InstanceAsync(cuti.Id())).OpenSteps(), Is.EqualTo(new[] { "isi-formulir" }));
    }

    [Test]
    public async Task Invalid_case_data_is_refused_field_by_field()
    {
        using var pemohon = Users.Pemohon();
        var data = CutiInstanceTests.CutiData();
        data["nip"] = "12345";
        data["jenis_cuti"] = "liburan";
        var response = await pemohon.StartAsync("bkpsdm-magetan.fasilitasi-izin-cuti", "CUTI-DATA-1", data, await pemohon.UploadAllAsync("surat-permohonan", "form-cuti", "surat-kelengkapan"));

        await ApiClient.Expect(response, HttpStatusCode.UnprocessableEntity);
        var errors = (await ApiClient.JsonAsync(response))["errors"]!.AsArray().Select(e => e!.GetValue<string>()).ToList();
        Assert.That(errors, Has.Some.StartsWith("data.nip").And.Some.StartsWith("data.jenis_cuti"));
    }

    [Test]
    public async Task Of_two_people_completing_the_same_task_at_once_exactly_one_succeeds_and_the_other_gets_409()
    {
        using var starter = Users.Petugas("petugas-a");
        using var other = Users.Petugas("petugas-b");
        for (var round = 0; round < 5; round++)
        {
            var kasus = await starter.StartInstanceAsync("dinas-uji.sederhana", $"RACE-{round}");
            var task = kasus.Task("kerjakan");

            var answers = await Task.WhenAll(starter.CompleteAsync(task), other.CompleteAsync(task));

            var statuses = answers.Select(a => a.StatusCode).OrderBy(s => s).ToList();
            Assert.That(statuses, Is.EqualTo(new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }), $"round {round}");
            var history = await starter.ArrayAsync($"/instances/{kasus.Id()}/history");
            Assert.That(history.Count(h => h!["action"]!.GetValue<string>() == "task-completed"), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task A_retried_request_with_the_same_idempotency_key_returns_the_first_answer_and_changes_nothing()
    {
        using var petugas = Users.Petugas();
        var key = Guid.NewGuid().ToString();

        var first = await petugas.StartAsync("dinas-uji.sederhana", "IDEM-1", idempotencyKey: key);
        var retry = await petugas.StartAsync("dinas-uji.sederhana", "IDEM-1", idempotencyKey: key);

        await ApiClient.Expect(first, HttpStatusCode.Created);
        await ApiClient.Expect(retry, HttpStatusCode.Created);
        Assert.That(await retry.Content.ReadAsStringAsync(), Is.EqualTo(await first.Content.ReadAsStringAsync()));
        Assert.That(retry.Headers.Contains("Idempotent-Replayed"), Is.True);
        Assert.That(await petugas.ArrayAsync("/instances?businessKey=IDEM-1"), Has.Count.EqualTo(1));

        var task = (await ApiClient.JsonAsync(first)).Task("kerjakan");
        var completeKey = Guid.NewGuid().ToString();
        var done = await petugas.CompleteAsync(task, idempotencyKey: completeKey);
        var again = await petugas.CompleteAsync(task, idempotencyKey: completeKey);
        await ApiClient.Expect(done, HttpStatusCode.OK);
        await ApiClient.Expect(again, HttpStatusCode.OK);
        Assert.That(await again.Content.ReadAsStringAsync(), Is.EqualTo(await done.Content.ReadAsStringAsync()));

        var reused = await petugas.StartAsync("dinas-uji.sederhana", "IDEM-2", idempotencyKey: key);
        await ApiClient.Expect(reused, HttpStatusCode.UnprocessableEntity);
    }

    [Test]
    public async Task Requests_without_a_valid_token_get_401()
    {
        using var anonymous = WorkflowsServer.Factory.CreateClient();
        Assert.That((await anonymous.GetAsync(new Uri("/tasks", UriKind.Relative))).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));

        var forged = new Workflows.Core.Access.LocalTokenIssuer("a-different-signing-key-of-enough-length!!", TimeProvider.System)
            .Issue(new Workflows.Core.Access.TokenRequest("x", Users.UjiAgency));
        anonymous.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", forged);
        Assert.That((await anonymous.GetAsync(new Uri("/tasks", UriKind.Relative))).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Claimed_tasks_belong_to_the_claimer_until_released_or_reassigned_by_a_supervisor()
    {
        using var a = Users.Petugas("petugas-claim-a");
        using var b = Users.Petugas("petugas-claim-b");
        using var kepala = Users.UjiSupervisor();
        var kasus = await a.StartInstanceAsync("dinas-uji.sederhana", "CLAIM-1");
        var task = kasus.Task("kerjakan");

        await ApiClient.Expect(await a.PostAsync($"/tasks/{task}/claim", null), HttpStatusCode.OK);
        Assert.That((await a.TasksAsync("?scope=mine")).Select(t => t!["id"]!.GetValue<string>()), Does.Contain(task.ToString()));
        Assert.That((await b.TasksAsync()).Select(t => t!["id"]!.GetValue<string>()), Does.Not.Contain(task.ToString()));
        await ApiClient.Expect(await b.CompleteAsync(task), HttpStatusCode.Conflict);

        await ApiClient.Expect(await b.PostAsync($"/tasks/{task}/reassign", new JsonObject { ["assignee"] = "petugas-claim-b" }), HttpStatusCode.Forbidden);
        await ApiClient.Expect(await kepala.PostAsync($"/tasks/{task}/reassign", new JsonObject { ["assignee"] = "petugas-claim-b" }), HttpStatusCode.OK);
        await ApiClient.Expect(await b.CompleteAsync(task), HttpStatusCode.OK);
    }
}
