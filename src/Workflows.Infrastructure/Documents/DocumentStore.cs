using System.Buffers;
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
/// command, which binds them to one instance. An upload is streamed into chunk rows as it arrives, hashed on the way, and
/// checked by its first bytes before anything is written. <c>agency</c> null means a platform administrator.
/// </summary>
public sealed class DocumentStore(WorkflowsDbContext db, DocumentContents contents, IOptions<WorkflowsOptions> options, TimeProvider time)
{
    /// <summary>Longest file name kept; longer ones are cut (the name is shown, never used as a path).</summary>
    public const int MaxFileNameLength = 255;

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
        if (content.CanSeek && content.Length > limit)
        {
            return TooLarge(limit);
        }

        var buffer = ArrayPool<byte>.Shared.Rent(DocumentContents.ChunkBytes);
        try
        {
            // The first chunk is read before the type is judged, so that a broken body is reported as broken.
            var read = await FillAsync(content, buffer, cancellationToken);
            var mediaType = DocumentSignatures.MediaType(contentType);
            if (DocumentSignatures.IsActive(mediaType) || !options.Value.AllowsDocumentType(mediaType))
            {
                return new Failure(FailureKind.UnsupportedMediaType, FailureCodes.DocumentTypeNotAllowed, DocumentSignatures.IsActive(mediaType)
                    ? $"Documents of type '{mediaType}' are never accepted: a browser would render or run them."
                    : $"Documents of type '{mediaType}' are not accepted; allowed: {string.Join(", ", options.Value.AllowedDocumentTypes)}.", []);
            }

            if (DocumentSignatures.Refusal(mediaType, buffer.AsSpan(0, Math.Min(read, DocumentSignatures.HeadLength))) is { } refusal)
            {
                return new Failure(FailureKind.UnsupportedMediaType, FailureCodes.DocumentContentMismatch, refusal, []);
            }

            return await WriteAsync(agency, user, fileName, contentType, content, buffer, read, limit, cancellationToken);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Stores a document's bytes (already read, e.g. from a bus message), with the same checks as an upload.</summary>
    public Task<Outcome<DocumentRow>> StoreAsync(
        string agency, string user, string fileName, string contentType, byte[] bytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return UploadAsync(agency, user, fileName, contentType, new MemoryStream(bytes, writable: false), cancellationToken);
    }

    public Task<DocumentRow?> FindAsync(Guid id, string? agency, CancellationToken cancellationToken) =>
        db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id && (agency == null || d.Agency == agency), cancellationToken);

    /// <summary>Copies a document's bytes to <paramref name="destination"/> as they come from the database.</summary>
    public Task CopyContentAsync(Guid id, Stream destination, CancellationToken cancellationToken) =>
        contents.CopyToAsync(id, destination, cancellationToken);

    /// <summary>
    /// The uploaded documents a command hands in to <paramref name="instanceId"/> (null when starting an instance): each must
    /// exist in the agency and belong to no other instance. One that no instance holds yet carries its uploader, so the engine
    /// can check who hands it in.
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

        var ids = references.Select(r => r.Id).Distinct().ToList();
        var rows = await db.Documents.AsNoTracking().Where(d => ids.Contains(d.Id) && d.Agency == agency).ToDictionaryAsync(d => d.Id, cancellationToken);
        var errors = new List<string>();
        var supplied = ImmutableArray.CreateBuilder<SuppliedDocument>();
        foreach (var reference in references)
        {
            if (!rows.TryGetValue(reference.Id, out var row))
            {
                errors.Add($"documents: {reference.Id} ({Shorten(reference.Type)}) was not uploaded in this agency");
            }
            else if (row.InstanceId is { } owner && owner != instanceId)
            {
                errors.Add($"documents: {reference.Id} ({Shorten(reference.Type)}) already belongs to instance {owner}");
            }
            else
            {
                supplied.Add(new SuppliedDocument(row.Id, reference.Type, row.FileName, row.ContentType, row.Size, row.Sha256)
                {
                    UploadedBy = row.InstanceId is null ? row.UploadedBy : null,
                });
            }
        }

        return errors.Count > 0
            ? Failure.Unprocessable(FailureCodes.UnknownDocuments, "Some documents cannot be handed in.", errors)
            : supplied.ToImmutable();
    }

    /// <summary>
    /// The metadata row, then the chunks as they are read (the first already in <paramref name="buffer"/>), then the
    /// size and hash: all in one transaction, so a refused or broken upload leaves nothing behind.
    /// </summary>
    private async Task<Outcome<DocumentRow>> WriteAsync(
        string agency, string user, string fileName, string contentType, Stream content, byte[] buffer, int read, long limit, CancellationToken cancellationToken)
    {
        await using var work = await UnitOfWork.BeginAsync(db, cancellationToken);
        var name = Path.GetFileName(fileName);
        var row = new DocumentRow
        {
            Id = Guid.CreateVersion7(),
            Agency = agency,
            FileName = name.Length <= MaxFileNameLength ? name : name[..MaxFileNameLength],
            ContentType = contentType,
            Sha256 = "",
            UploadedBy = user,
            UploadedAt = time.GetUtcNow(),
        };
        db.Documents.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long size = 0;
        for (var seq = 0; read > 0; seq++)
        {
            size += read;
            if (size > limit)
            {
                db.Entry(row).State = EntityState.Detached;
                return TooLarge(limit);
            }

            sha.AppendData(buffer, 0, read);
            await contents.WriteAsync(row.Id, seq, new ArraySegment<byte>(buffer, 0, read), cancellationToken);
            read = await FillAsync(content, buffer, cancellationToken);
        }

        row.Size = size;
        row.Sha256 = Convert.ToHexStringLower(sha.GetHashAndReset());
        await work.CommitAsync(cancellationToken);
        return row;
    }

    /// <summary>Reads until <paramref name="buffer"/> is full or the content ends; the number of bytes read.</summary>
    private static async Task<int> FillAsync(Stream content, byte[] buffer, CancellationToken cancellationToken)
    {
        var filled = 0;
        int read;
        while (filled < DocumentContents.ChunkBytes && (read = await content.ReadAsync(buffer.AsMemory(filled, DocumentContents.ChunkBytes - filled), cancellationToken)) > 0)
        {
            filled += read;
        }

        return filled;
    }

    private static Failure TooLarge(long limit) => new(FailureKind.TooLarge, FailureCodes.DocumentTooLarge, $"Documents may be at most {limit} bytes.", []);

    private static string Shorten(string text) => text.Length <= 64 ? text : text[..64] + "…";
}
