using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace Workflows.Api.Tests.Support;

/// <summary>One user talking to the server over HTTP, with the calls the stories need.</summary>
public sealed class ApiClient(HttpClient http, string user) : IDisposable
{
    public string User { get; } = user;

    public HttpClient Http => http;

    /// <summary>Uploads a small PDF document (or <paramref name="content"/>, sent as a PDF) and returns a reference to hand in as <paramref name="type"/>.</summary>
    public async Task<JsonObject> UploadAsync(string type, string? content = null)
    {
        using var form = new MultipartFormDataContent();
        // The server checks a document's first bytes against its type, so the stand-in is a PDF by its header.
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(content ?? $"%PDF-1.7\n% {type} by {User} at {Guid.NewGuid()}"));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", $"{type}.pdf");
        var response = await SendAsync(HttpMethod.Post, "/documents", form);
        await Expect(response, HttpStatusCode.Created);
        var body = await JsonAsync(response);
        return new JsonObject { ["id"] = body["id"]!.GetValue<string>(), ["type"] = type };
    }

    public async Task<JsonArray> UploadAllAsync(params string[] types)
    {
        var documents = new JsonArray();
        foreach (var type in types)
        {
            documents.Add(await UploadAsync(type));
        }

        return documents;
    }

    public Task<HttpResponseMessage> StartAsync(string definition, string businessKey, JsonObject? data = null, JsonArray? documents = null, string? idempotencyKey = null) =>
        PostAsync("/instances", new JsonObject
        {
            ["definition"] = definition,
            ["businessKey"] = businessKey,
            ["data"] = data ?? [],
            ["documents"] = documents ?? [],
        }, idempotencyKey);

    /// <summary>Starts an instance and returns it; fails the test unless the server answers 201.</summary>
    public async Task<JsonObject> StartInstanceAsync(string definition, string businessKey, JsonObject? data = null, JsonArray? documents = null)
    {
        var response = await StartAsync(definition, businessKey, data, documents);
        await Expect(response, HttpStatusCode.Created);
        return await JsonAsync(response);
    }

    public Task<HttpResponseMessage> CompleteAsync(Guid taskId, string? outcome = null, JsonObject? data = null, JsonArray? documents = null, string? idempotencyKey = null) =>
        PostAsync($"/tasks/{taskId}/complete", new JsonObject { ["outcome"] = outcome, ["data"] = data ?? [], ["documents"] = documents ?? [] }, idempotencyKey);

    /// <summary>Completes the task, uploading the documents of <paramref name="produces"/>; returns the instance.</summary>
    public async Task<JsonObject> CompleteTaskAsync(Guid taskId, string? outcome = null, JsonObject? data = null, params string[] produces)
    {
        var response = await CompleteAsync(taskId, outcome, data, await UploadAllAsync(produces));
        await Expect(response, HttpStatusCode.OK);
        return await JsonAsync(response);
    }

    public async Task<JsonObject> InstanceAsync(Guid id)
    {
        var response = await SendAsync(HttpMethod.Get, $"/instances/{id}");
        await Expect(response, HttpStatusCode.OK);
        return await JsonAsync(response);
    }

    public Task<JsonArray> TasksAsync(string query = "") => ArrayAsync("/tasks" + query);

    public async Task<JsonArray> ArrayAsync(string path)
    {
        var response = await SendAsync(HttpMethod.Get, path);
        await Expect(response, HttpStatusCode.OK);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
    }

    public Task<HttpResponseMessage> GetAsync(string path) => SendAsync(HttpMethod.Get, path);

    public Task<HttpResponseMessage> PostAsync(string path, JsonNode? body, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return http.SendAsync(request);
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent? content = null) =>
        http.SendAsync(new HttpRequestMessage(method, path) { Content = content });

    public static async Task<JsonObject> JsonAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    public static async Task Expect(HttpResponseMessage response, HttpStatusCode status)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.StatusCode != status)
        {
            Assert.Fail($"Expected {(int)status} from {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    public void Dispose() => http.Dispose();
}
