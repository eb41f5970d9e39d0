using Microsoft.EntityFrameworkCore.Storage;

namespace Workflows.Infrastructure.Persistence;

/// <summary>
/// One unit of work on a <see cref="WorkflowsDbContext"/>: the only place where transactions begin and end and where
/// the change tracker is cleared. Rules, written once:
/// <list type="bullet">
/// <item>Join or begin. A unit begun while the context already has a transaction joins it and neither commits nor rolls
/// it back: the outermost unit owns the transaction and decides its end (an idempotent request around its command, a
/// timer firing around the instance it moves, a bus message around the instance it reaches and its documents).</item>
/// <item>The database's default isolation, READ COMMITTED, which the <c>FOR UPDATE SKIP LOCKED</c> claims, the
/// advisory locks and the instance revision checks are written for: a claim sees rows committed by other nodes.</item>
/// <item>Commit saves, and ends the transaction when this unit owns it; after that the tracker is cleared, since rows
/// written are history and stubs attached for updates must not be read back as rows by the next unit.</item>
/// <item>Abandon rolls back what an owning unit wrote and, owning or joined, clears the tracker, so nothing half-written
/// is saved later by the same context; a joined unit leaves the rollback to its owner, who may still commit (a
/// rejected timer is fired all the same). Ending an owning unit neither committed nor abandoned abandons it.</item>
/// <item>No savepoints: a save that fails leaves its transaction to be rolled back by its owner, never committed.</item>
/// </list>
/// </summary>
public sealed class UnitOfWork : IAsyncDisposable
{
    private readonly WorkflowsDbContext db;
    private IDbContextTransaction? owned;

    private UnitOfWork(WorkflowsDbContext db, IDbContextTransaction? owned) => (this.db, this.owned) = (db, owned);

    /// <summary>Joins the context's transaction, or begins one that this unit then owns.</summary>
    public static async Task<UnitOfWork> BeginAsync(WorkflowsDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        // EF Core would wrap every save inside a transaction in a savepoint: two more round trips per save. A failed save
        // ends its transaction here instead: each owner rolls back when an inner unit fails (a concurrent change, a
        // database error), so nothing of a half-done save is ever committed.
        db.Database.AutoSavepointsEnabled = false;
        return new UnitOfWork(db, db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null);
    }

    /// <summary>
    /// Drops everything the context tracks and leaves any transaction as it is: saved rows stay written and are read
    /// afresh hereafter, unsaved changes are forgotten. For work done in batches outside a unit of its own (a preview
    /// that computes changes only to count them, webhook deliveries sent between short saves), so memory stays flat;
    /// and for an owner that, after its inner units saved, wants to write one row of its own and nothing else.
    /// </summary>
    public static void ForgetTracked(WorkflowsDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.ChangeTracker.Clear();
    }

    /// <summary>Saves the changes; when this unit owns the transaction, commits it and clears the tracker.</summary>
    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        if (owned is { } transaction)
        {
            await transaction.CommitAsync(cancellationToken);
            await EndAsync();
        }
    }

    /// <summary>
    /// Rolls back when this unit owns the transaction, and clears the tracker either way. Not cancellable: a rollback
    /// is how a cancelled or failed unit ends.
    /// </summary>
    public async Task AbandonAsync()
    {
        if (owned is { } transaction)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            await EndAsync();
        }

        ForgetTracked(db);
    }

    public async ValueTask DisposeAsync()
    {
        if (owned is not null)
        {
            // Left by a return or an exception before commit or abandon: disposing the transaction rolls it back (without
            // hiding the exception, if any, behind one from the rollback), and nothing of it stays in the tracker.
            await EndAsync();
        }
    }

    private async Task EndAsync()
    {
        await owned!.DisposeAsync();
        owned = null;
        ForgetTracked(db);
    }
}
