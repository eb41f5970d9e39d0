using System.Text;
using Workflows.Api.Tests.Support;
using Workflows.Client;
using Workflows.Client.Models;

namespace Workflows.Api.Tests.Client;

/// <summary>
/// One of the test users working through the generated client (<see cref="WorkflowsApiClient"/>): the test server's
/// handler, the user's bearer token, and <see cref="ProblemResponses"/> so refusals arrive as problems.
/// </summary>
internal sealed class GeneratedClient : IDisposable
{
    private readonly HttpClient http;

    public GeneratedClient(ApiClient user)
    {
        ArgumentNullException.ThrowIfNull(user);
        using (user)
        {
            http = WorkflowsServer.Factory.CreateDefaultClient(new ProblemResponses());
            http.DefaultRequestHeaders.Authorization = user.Http.DefaultRequestHeaders.Authorization;
        }

        Api = WorkflowsApiClient.Over(http);
    }

    public WorkflowsApiClient Api { get; }

    /// <summary>Uploads a small PDF (the server checks its header) and returns the reference that hands it in as <paramref name="type"/>.</summary>
    public async Task<DocumentRefRequest> UploadAsync(string type)
    {
        using var content = new MemoryStream(Encoding.UTF8.GetBytes($"%PDF-1.7\n% {type} {Guid.NewGuid()}"));
        var stored = await Api.Documents.UploadAsync(content, $"{type}.pdf", "application/pdf");
        return new DocumentRefRequest { Id = stored!.Id, Type = type };
    }

    public async Task<List<DocumentRefRequest>> UploadAllAsync(params string[] types)
    {
        var documents = new List<DocumentRefRequest>();
        foreach (var type in types)
        {
            documents.Add(await UploadAsync(type));
        }

        return documents;
    }

    /// <summary>Completes the open step <paramref name="step"/> of <paramref name="instance"/> with the documents it produces.</summary>
    public async Task<InstanceView> CompleteAsync(InstanceView instance, string step, string? outcome = null, Dictionary<string, object>? data = null, params string[] produces)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var open = instance.OpenSteps?.SingleOrDefault(s => s.Step == step);
        Assert.That(open, Is.Not.Null, $"step '{step}' is not open; open: {string.Join(", ", instance.OpenSteps?.Select(s => s.Step) ?? [])}");
        var request = new CompleteTaskRequest
        {
            Outcome = outcome,
            Data = new InstanceData { AdditionalData = data ?? [] },
            Documents = await UploadAllAsync(produces),
        };
        return (await Api.Tasks[open!.TaskId!.Value].Complete.PostAsync(request))!;
    }

    public void Dispose() => http.Dispose();
}
