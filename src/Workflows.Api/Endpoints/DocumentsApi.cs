using Microsoft.AspNetCore.Http.HttpResults;
using Workflows.Api.Auth;
using Workflows.Api.Contracts;
using Workflows.Api.Problems;
using Workflows.Infrastructure.Documents;
using Workflows.Infrastructure.Results;

namespace Workflows.Api.Endpoints;

/// <summary>Upload documents (then hand them in by id when starting a case or completing a task) and download them.</summary>
public static class DocumentsApi
{
    public static IEndpointRouteBuilder MapDocumentsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/documents").WithTags("Documents").RequireAuthorization();
        group.MapPost("/", UploadAsync).RequireAuthorization(Policies.Staff).DisableAntiforgery()
            .WithSummary("Upload a document (multipart/form-data, field 'file'); returns its id, SHA-256 and size");
        group.MapGet("/{id:guid}", GetAsync).WithSummary("A document's metadata");
        group.MapGet("/{id:guid}/content", DownloadAsync).WithSummary("A document's content");
        return routes;
    }

    private static async Task<Results<Created<DocumentView>, ProblemHttpResult>> UploadAsync(HttpRequest request, HttpContext http, DocumentStore documents, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return ProblemResults.Of(StatusCodes.Status415UnsupportedMediaType, "unsupported-media-type", "Upload documents as multipart/form-data with a 'file' field.");
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (InvalidDataException e) when (e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase))
        {
            // The form reader's own limit sits just above the document limit, so this is a document that is too large.
            return ProblemResults.Of(StatusCodes.Status413PayloadTooLarge, "document-too-large", $"The upload is too large: {e.Message}");
        }
        catch (Exception e) when (e is InvalidDataException or IOException && !ct.IsCancellationRequested)
        {
            return ProblemResults.Of(StatusCodes.Status400BadRequest, "malformed-form", $"The multipart body cannot be read: {e.Message}");
        }

        if (form.Files.GetFile("file") is not { } file)
        {
            return ProblemResults.Of(StatusCodes.Status400BadRequest, "missing-file", "The form has no 'file' field.");
        }

        var caller = Caller.From(http.User);
        await using var content = file.OpenReadStream();
        var uploaded = await documents.UploadAsync(caller.Agency, caller.UserId, file.FileName, file.ContentType ?? "application/octet-stream", content, ct);
        return uploaded.Succeeded
            ? TypedResults.Created($"/documents/{uploaded.Value.Id}", DocumentView.From(uploaded.Value))
            : ProblemResults.From(uploaded.Failure);
    }

    private static async Task<Results<Ok<DocumentView>, ProblemHttpResult>> GetAsync(Guid id, HttpContext http, DocumentStore documents, CancellationToken ct)
    {
        var row = await documents.FindAsync(id, Caller.From(http.User).Scope, ct);
        return row is null ? NotFound(id) : TypedResults.Ok(DocumentView.From(row));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadAsync(Guid id, HttpContext http, DocumentStore documents, CancellationToken ct)
    {
        var row = await documents.FindAsync(id, Caller.From(http.User).Scope, ct);
        if (row is null)
        {
            return NotFound(id);
        }

        http.Response.Headers["Digest"] = $"sha-256={Convert.ToBase64String(Convert.FromHexString(row.Sha256))}";
        return TypedResults.File(await documents.ContentAsync(id, ct), row.ContentType, row.FileName);
    }

    private static ProblemHttpResult NotFound(Guid id) => ProblemResults.From(Failure.NotFound($"There is no document {id}."));
}
