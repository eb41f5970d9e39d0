using Microsoft.Kiota.Abstractions;
using Workflows.Client.Models;

namespace Workflows.Client.Documents;

/// <summary>
/// <c>/documents</c>; the rest of this class is generated. The upload is written by hand because the contract does not
/// describe its multipart body yet, so the generated <c>PostAsync</c> sends none.
/// </summary>
public partial class DocumentsRequestBuilder
{
    /// <summary>Uploads <paramref name="content"/> as the form field <c>file</c>; returns the stored document (id, SHA-256, size).</summary>
    public async Task<DocumentView?> UploadAsync(Stream content, string fileName, string contentType, CancellationToken cancellationToken = default)
    {
        var form = new MultipartBody();
        form.AddOrReplacePart("file", contentType, content, fileName);
        var request = ToPostRequestInformation();
        request.SetContentFromParsable(RequestAdapter, "multipart/form-data", form);
        return await RequestAdapter.SendAsync(request, DocumentView.CreateFromDiscriminatorValue, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
