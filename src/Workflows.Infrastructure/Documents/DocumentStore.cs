using System.Collections.Immutable;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflows.Core.Runtime;
using Workflows.Infrastructure.Persistence;
using Workflows.Infrastructure.Results;
using Workflows.Infrastructure.Runtime;

namespace Workflows.Infrastructure.Documents;

/// <summary>
/// Documents: uploaded first (content in PostgreSQL with its SHA-256, size and content type), then handed in with a
/// command, which binds them to one case. <c>agency</c> null means a platform administrator.
/// </summary>
public sealed class DocumentStore(WorkflowsDbContext db, IOptions<WorkflowsOptions> options, TimeProvider time)
{
    public async Task<Outcome<DocumentRow>> UploadAsync(
        string agency,
        string user,
        string fileName,
        string contentType,
        Stream content,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var limit = options.Value.MaxDocumentBytes;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return new Failure(FailureKind.TooLarge, "document-too-large", $"Documents may be at most {limit} bytes.", []);
            }

            buffer.Write(chunk, 0, read);
        }

        return await StoreAsync(agency, user, fileName, contentType, buffer.ToArray(), cancellationToken);
    }

    /// <summary>Stores a document's bytes (already read, e.g. from a bus message).</summary>
    public async Task<Outcome<DocumentRow>> StoreAsync(
        string agency, string user, string fileName, string contentType, byte[] bytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (!options.Value.AllowsDocumentType(contentType))
        {
            return new Failure(FailureKind.UnsupportedMediaType, "document-type-not-allowed",
                $"Documents of type '{contentType}' are not accepted; allowed: {string.Join(", ", options.Value.AllowedDocumentTypes)}.", []);
        }

        if (bytes.Length > options.Value.MaxDocumentBytes)
        {
            return new Failure(FailureKind.TooLarge, "document-too-large", $"Documents may be at most {options.Value.MaxDocumentBytes} bytes.", []);
        }

        var row = new DocumentRow
        {
            Id = Guid.CreateVersion7(),
            Agency = agency,
            FileName = Path.GetFileName(fileName),
            ContentType = contentType,
            Size = bytes.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            UploadedBy = user,
            UploadedAt = time.GetUtcNow(),
        };
        db.Documents.Add(row);
        db.DocumentContents.Add(new DocumentContentRow { DocumentId = row.Id, Content = bytes });
        await db.SaveChangesAsync(cancellationToken);
        return row;
    }

    public Task<DocumentRow?> FindAsync(Guid id, string? agency, CancellationToken cancellationToken) =>
        db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id && (agency == null || d.Agency == agency), cancellationToken);

    public async Task<byte[]> ContentAsync(Guid id, CancellationToken cancellationToken) =>
        (await db.DocumentContents.AsNoTracking().FirstAsync(c => c.DocumentId == id, cancellationToken)).Content;

    /// <summary>
    /// The uploaded documents a command hands in to <paramref name="instanceId"/> (null when starting a case): each must
    /// exist in the agency and belong to no other case.
    /// </summary>
    public async Task<Outcome<ImmutableArray<SuppliedDocument>>> ResolveAsync(
        IReadOnlyList<DocumentReference> references,
        string agency,
        Guid? instanceId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(references);
        if (references.Count == 0)
        {
            return ImmutableArray<SuppliedDocument>.Empty;
        }

        var ids = references.Select(r => r.Id).ToList();
        var rows = await db.Documents.AsNoTracking().Where(d => ids.Contains(d.Id) && d.Agency == agency).ToDictionaryAsync(d => d.Id, cancellationToken);
        var errors = new List<string>();
        var supplied = ImmutableArray.CreateBuilder<SuppliedDocument>();
        foreach (var reference in references)
        {
            if (!rows.TryGetValue(reference.Id, out var row))
            {
                errors.Add($"documents: {reference.Id} ({reference.Type}) was not uploaded in this agency");
            }
            else if (row.InstanceId is { } owner && owner != instanceId)
            {
                errors.Add($"documents: {reference.Id} ({reference.Type}) already belongs to case {owner}");
            }
            else
            {
                supplied.Add(new SuppliedDocument(row.Id, reference.Type, row.FileName, row.ContentType, row.Size, row.Sha256));
            }
        }

        return errors.Count > 0
            ? Failure.Unprocessable("unknown-documents", "Some documents cannot be handed in.", errors)
            : supplied.ToImmutable();
    }
}
