using Microsoft.Kiota.Abstractions;
using Workflows.Client.Models;

namespace Workflows.Client.Documents;

/// <summary>
/// <c>/documents</c>; the rest of this class is generated. The contract describes the upload as a multipart form with a
/// binary <c>file</c> field, so the generated <c>PostAsync</c> takes a <see cref="MultipartBody"/>; this builds it.
/// </summary>
public partial class DocumentsRequestBuilder
{
    /// <summary>Uploads <paramref name="content"/> as the form field <c>file</c>; returns the stored document (id, SHA-256, size).</summary>
    public async Task<DocumentView?> UploadAsync(Stream content, string fileName, string contentType, CancellationToken cancellationToken = default)
    {
        var form = new MultipartBody();
        form.AddOrReplacePart("file", contentType, content, fileName);
        return await PostAsync(form, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
