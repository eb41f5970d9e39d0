using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using Workflows.Infrastructure.Persistence;

namespace Workflows.Infrastructure.Documents;

/// <summary>
/// A document's bytes as chunks of <see cref="ChunkBytes"/> in <c>document_contents</c>, written and read one chunk at
/// a time on the unit of work's connection: a 20 MiB document costs the server one chunk buffer, not copies of the file.
/// </summary>
public sealed class DocumentContents(WorkflowsDbContext db)
{
    /// <summary>Bytes per chunk row: large enough that a document is a few dozen rows, small enough to stay out of memory's way.</summary>
    public const int ChunkBytes = 256 * 1024;

    /// <summary>Writes chunk <paramref name="seq"/> of <paramref name="documentId"/> in the current transaction.</summary>
    public async Task WriteAsync(Guid documentId, int seq, ArraySegment<byte> chunk, CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction ?? throw new InvalidOperationException("Document content is written inside a transaction.");
        await using var command = new NpgsqlCommand(
            "INSERT INTO workflows.document_contents (document_id, seq, content) VALUES (@document, @seq, @content)",
            (NpgsqlConnection)db.Database.GetDbConnection(), (NpgsqlTransaction)transaction.GetDbTransaction());
        command.Parameters.Add(new NpgsqlParameter<Guid>("document", documentId));
        command.Parameters.Add(new NpgsqlParameter<int>("seq", seq));
        command.Parameters.Add(new NpgsqlParameter("content", NpgsqlDbType.Bytea) { Value = chunk });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Copies the document's bytes to <paramref name="destination"/> in order, each chunk streamed from the row.</summary>
    public async Task CopyToAsync(Guid documentId, Stream destination, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand(
                "SELECT content FROM workflows.document_contents WHERE document_id = @document ORDER BY seq",
                (NpgsqlConnection)db.Database.GetDbConnection(), (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction());
            command.Parameters.Add(new NpgsqlParameter<Guid>("document", documentId));
            // Sequential access streams each value from the wire instead of buffering the row first.
            await using DbDataReader reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                await using var chunk = await reader.GetFieldValueAsync<Stream>(0, cancellationToken);
                await chunk.CopyToAsync(destination, cancellationToken);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
