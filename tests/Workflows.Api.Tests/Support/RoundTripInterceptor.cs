using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Workflows.Api.Tests.Support;

/// <summary>
/// The commits and rollbacks EF Core makes, which Npgsql sends without an activity of their own (a savepoint is a command
/// with an activity, so it is counted there).
/// </summary>
internal sealed class RoundTripInterceptor : DbTransactionInterceptor
{
    public override InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result) =>
        Counted("COMMIT", result);

    public override ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Counted("COMMIT", result));

    public override InterceptionResult TransactionRollingBack(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result) =>
        Counted("ROLLBACK", result);

    public override ValueTask<InterceptionResult> TransactionRollingBackAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Counted("ROLLBACK", result));

    private static InterceptionResult Counted(string what, InterceptionResult result)
    {
        RoundTrips.Count(what);
        return result;
    }
}
