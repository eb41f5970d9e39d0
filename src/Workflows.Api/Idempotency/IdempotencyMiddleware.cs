using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflows.Api.Problems;
using Workflows.Infrastructure;
using Workflows.Infrastructure.Persistence;
using Workflows.Infrastructure.Results;

namespace Workflows.Api.Idempotency;

/// <summary>
/// <c>Idempotency-Key</c> on state-changing POSTs: the first answer is stored and a retry gets it back unchanged.
/// The key is claimed by inserting its row at the start of the request's transaction, and the command runs in that same
/// transaction, so the answer and the change commit together; a concurrent retry waits on the row and then replays. A
/// stored answer is looked up first, outside any transaction, so a retry of a finished request costs one read.
/// A key reused for a different request is refused (422). Keys belong to one user (<see cref="IdempotencyScope"/>) and
/// are remembered for <see cref="WorkflowsOptions.IdempotencyRetention"/>; an answer holding a secret is kept without it
/// (<see cref="ReplayRedaction"/>).
/// </summary>
internal sealed class IdempotencyMiddleware(RequestDelegate next)
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";
    public const string RedactedHeader = "Idempotent-Redacted";
    private const int MaxKeyLength = 200;

    public async Task InvokeAsync(HttpContext context, WorkflowsDbContext db, TimeProvider time, IOptions<WorkflowsOptions> options)
    {
        if (!HttpMethods.IsPost(context.Request.Method) || context.User.Identity?.IsAuthenticated != true
            || !context.Request.Headers.TryGetValue(Header, out var values))
        {
            await next(context);
            return;
        }

        var key = values.ToString();
        if (key.Length is 0 or > MaxKeyLength)
        {
            await ProblemResults.Of(400, FailureCodes.BadIdempotencyKey, $"{Header} must be 1 to {MaxKeyLength} characters.").ExecuteAsync(context);
            return;
        }

        var scope = IdempotencyScope.From(context.User);
        var hash = await RequestHashAsync(context.Request);
        var now = time.GetUtcNow();
        var expired = now - options.Value.IdempotencyRetention;
        if (await scope.Keys(db, key).AsNoTracking().FirstOrDefaultAsync(k => k.CreatedAt > expired) is { } stored)
        {
            await ReplayAsync(context, stored, hash);
            return;
        }

        await using var work = await UnitOfWork.BeginAsync(db, context.RequestAborted);
        // One round trip forgets a record of this key past the retention (the request then runs as new) and claims the
        // key. A claim that meets the key held by a concurrent request waits for it to end and claims nothing if it
        // committed: then its answer is replayed.
        var claimed = await db.Database.SqlQuery<int>($"""
            DELETE FROM workflows.idempotency_keys
            WHERE issuer = {scope.Issuer} AND agency = {scope.Agency} AND subject = {scope.Subject} AND key = {key} AND created_at <= {expired};
            INSERT INTO workflows.idempotency_keys (issuer, agency, subject, key, request_hash, created_at, status_code)
            VALUES ({scope.Issuer}, {scope.Agency}, {scope.Subject}, {key}, {hash}, {now}, 0)
            ON CONFLICT DO NOTHING RETURNING 1 AS "Value"
            """).ToListAsync(context.RequestAborted);
        if (claimed.Count == 0)
        {
            await work.AbandonAsync();
            await ReplayAsync(context, await scope.Keys(db, key).AsNoTracking().FirstAsync(), hash);
            return;
        }

        var claim = new IdempotencyRow
        {
            Issuer = scope.Issuer,
            Agency = scope.Agency,
            Subject = scope.Subject,
            Key = key,
            RequestHash = hash,
            CreatedAt = now,
        };

        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
            if (context.Response.StatusCode < 400)
            {
                // The command's rows are saved; only the claim is written from here on.
                UnitOfWork.ForgetTracked(db);
                db.Attach(claim);
                claim.StatusCode = context.Response.StatusCode;
                claim.ContentType = context.Response.ContentType;
                claim.Body = buffer.ToArray();
                if (ReplayRedaction.Of(context) is { } kept)
                {
                    var json = context.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
                    claim.Body = JsonSerializer.SerializeToUtf8Bytes(kept.Answer, kept.Answer.GetType(), json);
                    claim.Redacted = kept.Removed;
                }

                await work.CommitAsync(context.RequestAborted);
            }
            else
            {
                // A refused request changed nothing; the key stays free so a corrected retry can use it.
                await work.AbandonAsync();
            }
        }
        finally
        {
            context.Response.Body = original;
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    private static async Task ReplayAsync(HttpContext context, IdempotencyRow stored, string hash)
    {
        if (stored.RequestHash != hash)
        {
            await ProblemResults.Of(422, FailureCodes.IdempotencyKeyReused, $"This {Header} was used for a different request.").ExecuteAsync(context);
            return;
        }

        context.Response.StatusCode = stored.StatusCode;
        context.Response.ContentType = stored.ContentType;
        context.Response.Headers[ReplayedHeader] = "true";
        if (stored.Redacted is not null)
        {
            context.Response.Headers[RedactedHeader] = stored.Redacted;
        }

        await context.Response.Body.WriteAsync(stored.Body ?? []);
    }

    private static async Task<string> RequestHashAsync(HttpRequest request)
    {
        request.EnableBuffering();
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(System.Text.Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"));
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk)) > 0)
        {
            sha.AppendData(chunk, 0, read);
        }

        request.Body.Position = 0;
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
