using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using Workflows.Api.Auth;
using Workflows.Infrastructure.Documents;
using Workflows.Infrastructure.Persistence;
using Workflows.Infrastructure.Results;

namespace Workflows.Api.Endpoints;

/// <summary>
/// Reads a multipart upload section by section and streams the 'file' section straight into the document store, so
/// the file is never held whole, in memory or in a temporary file. Other fields are skipped.
/// </summary>
internal static class DocumentUpload
{
    public static async Task<Outcome<DocumentRow>> ReadAsync(HttpRequest request, Caller caller, DocumentStore documents, CancellationToken ct)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var media)
            || !media.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(media.Boundary).Value is not { Length: > 0 and <= 200 } boundary)
        {
            return new Failure(FailureKind.UnsupportedMediaType, FailureCodes.UnsupportedMediaType, "Upload documents as multipart/form-data with a 'file' field.", []);
        }

        var reader = new MultipartReader(boundary, request.Body);
        while (await reader.ReadNextSectionAsync(ct) is { } section)
        {
            if (ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                && disposition.IsFileDisposition() && HeaderUtilities.RemoveQuotes(disposition.Name).Equals("file", StringComparison.Ordinal))
            {
                var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value ?? "";
                return await documents.UploadAsync(caller.Agency, caller.UserId, fileName, section.ContentType ?? "application/octet-stream", section.Body, ct);
            }
        }

        return new Failure(FailureKind.BadRequest, FailureCodes.MissingFile, "The form has no 'file' field.", []);
    }
}
