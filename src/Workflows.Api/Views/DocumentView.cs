using Workflows.Core.Runtime;
using Workflows.Infrastructure.Persistence;

namespace Workflows.Api.Views;

/// <summary>A document's metadata; the bytes are at <c>GET /documents/{id}/content</c>.</summary>
public sealed record DocumentView(
    Guid Id,
    string? Type,
    string FileName,
    string ContentType,
    long Size,
    string Sha256,
    Guid? InstanceId,
    string? Step,
    string AddedBy,
    DateTimeOffset AddedAt)
{
    public static DocumentView From(DocumentRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.Id, row.Type, row.FileName, row.ContentType, row.Size, row.Sha256, row.InstanceId, null, row.UploadedBy, row.UploadedAt);
    }

    public static DocumentView From(DocumentRecord record, Guid instanceId)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new(record.Id, record.Type, record.FileName, record.ContentType, record.Size, record.Sha256, instanceId, record.StepId, record.AddedBy, record.AddedAt);
    }
}
