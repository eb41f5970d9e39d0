using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Workflows.Api.Auth;
using Workflows.Api.Contract;
using Workflows.Api.Problems;
using Workflows.Api.Views;
using Workflows.Infrastructure;
using Workflows.Infrastructure.Documents;
using Workflows.Infrastructure.Persistence;
using Workflows.Infrastructure.Results;

namespace Workflows.Api.Endpoints;

/// <summary>Upload documents (then hand them in by id when starting an instance or completing a task) and download them.</summary>
public static class DocumentsApi
{
    /// <summary>Room for the multipart envelope around the file (boundaries, part headers, small fields).</summary>
    private const long FormEnvelopeBytes = 64 * 1024;

    public static IEndpointRouteBuilder MapDocumentsApi(this IEndpointRouteBuilder routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        var maxDocument = routes.ServiceProvider.GetRequiredService<IOptions<WorkflowsOptions>>().Value.MaxDocumentBytes;
        var group = routes.MapGroup("/documents").WithTags("Documents").RequireAuthorization();
        group.MapPost("/", UploadAsync).RequireAuthorization(Policies.Staff).DisableAntiforgery()
            .WithMetadata(new BodyLimit(maxDocument + FormEnvelopeBytes), new UploadForm("file"))
            .Operation("uploadDocument", "Upload a document", "Upload a document (multipart/form-data, field 'file'); returns its id, SHA-256 and size.").Problems(FailureCodes.UnsupportedMediaType, FailureCodes.MalformedForm, FailureCodes.MissingFile, FailureCodes.DocumentTooLarge, FailureCodes.DocumentTypeNotAllowed, FailureCodes.DocumentContentMismatch);
        group.MapGet("/{id:guid}", GetAsync).Operation("getDocument", "Get a document's metadata", "A document's metadata.").Problems(FailureCodes.NotFound);
        group.MapGet("/{id:guid}/content", DownloadAsync).Operation("downloadDocument", "Download a document's content", "A document's content.").Problems(FailureCodes.NotFound);
        return routes;
    }

    private static async Task<Results<Created<DocumentView>, ProblemHttpResult>> UploadAsync(HttpRequest request, HttpContext http, DocumentStore documents, CancellationToken ct)
    {
        Outcome<DocumentRow> uploaded;
        try
        {
            uploaded = await DocumentUpload.ReadAsync(request, Caller.From(http.User), documents, ct);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return ProblemResults.Of(StatusCodes.Status413PayloadTooLarge, FailureCodes.DocumentTooLarge, $"The upload is too large: {e.Message}");
        }
        catch (Exception e) when (e is InvalidDataException or IOException && !ct.IsCancellationRequested)
        {
            return ProblemResults.Of(StatusCodes.Status400BadRequest, FailureCodes.MalformedForm, $"The multipart body cannot be read: {e.Message}");
        }

        return uploaded.Succeeded
            ? TypedResults.Created($"/documents/{uploaded.Value.Id}", DocumentView.From(uploaded.Value))
            : ProblemResults.From(uploaded.Failure);
    }

    private static async Task<Results<Ok<DocumentView>, ProblemHttpResult>> GetAsync(Guid id, HttpContext http, DocumentStore documents, CancellationToken ct)
    {
        var row = await documents.FindAsync(id, Caller.From(http.User).Scope, ct);
        return row is null ? NotFound(id) : TypedResults.Ok(DocumentView.From(row));
    }

    /// <summary>
    /// Streams the content as an attachment the browser may not sniff: it is saved, not rendered in the page of the
    /// application (a type a browser would run, stored before uploads were checked, goes out as plain bytes).
    /// </summary>
    private static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> DownloadAsync(Guid id, HttpContext http, DocumentStore documents, CancellationToken ct)
    {
        var row = await documents.FindAsync(id, Caller.From(http.User).Scope, ct);
        if (row is null)
        {
            return NotFound(id);
        }

        http.Response.Headers["Digest"] = $"sha-256={Convert.ToBase64String(Convert.FromHexString(row.Sha256))}";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.ContentLength = row.Size;
        var contentType = DocumentSignatures.IsActive(DocumentSignatures.MediaType(row.ContentType)) ? "application/octet-stream" : row.ContentType;
        return TypedResults.Stream(body => documents.CopyContentAsync(id, body, ct), contentType, row.FileName);
    }

    private static ProblemHttpResult NotFound(Guid id) => ProblemResults.From(Failure.NotFound($"There is no document {id}."));
}
