using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Api.Tests.Support;
using Workflows.Infrastructure.Persistence;

namespace Workflows.Api.Tests.Persistence;

/// <summary>
/// The unit of work on the test run's database: a nested unit joins the outer transaction and leaves its end to the
/// outermost, and an abandoned unit leaves nothing behind, in the database or in the change tracker. What is committed is
/// read through a second context, on a connection of its own.
/// </summary>
public sealed class UnitOfWorkTests
{
    [Test]
    public async Task A_nested_unit_commits_nothing_itself_so_the_outer_abandon_rolls_back_its_write()
    {
        var agency = Agency();
        await using var scope = WorkflowsServer.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();

        await using (var outer = await UnitOfWork.BeginAsync(db, CancellationToken.None))
        {
            db.Notifications.Add(Notice(agency, "outer"));
            await using (var inner = await UnitOfWork.BeginAsync(db, CancellationToken.None))
            {
                db.Notifications.Add(Notice(agency, "inner"));
                await inner.CommitAsync(CancellationToken.None);
            }

            Assert.That(db.Database.CurrentTransaction, Is.Not.Null, "the inner unit left the outer transaction open");
            Assert.That(await db.Notifications.CountAsync(n => n.Agency == agency), Is.EqualTo(2), "both are written inside the transaction");
            Assert.That(await CommittedAsync(agency), Is.Empty, "nothing is committed before the outermost unit ends");
            await outer.AbandonAsync();
        }

        Assert.That(db.Database.CurrentTransaction, Is.Null);
        Assert.That(await CommittedAsync(agency), Is.Empty, "the outer abandon rolled back the inner unit's write");
    }

    [Test]
    public async Task The_outer_commit_keeps_what_the_outer_and_nested_units_wrote()
    {
        var agency = Agency();
        await using var scope = WorkflowsServer.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();

        await using (var outer = await UnitOfWork.BeginAsync(db, CancellationToken.None))
        {
            db.Notifications.Add(Notice(agency, "outer"));
            await using (var inner = await UnitOfWork.BeginAsync(db, CancellationToken.None))
            {
                db.Notifications.Add(Notice(agency, "inner"));
                await inner.CommitAsync(CancellationToken.None);
            }

            await outer.CommitAsync(CancellationToken.None);
        }

        Assert.That(await CommittedAsync(agency), Is.EquivalentTo(new[] { "outer", "inner" }));
        Assert.That(db.ChangeTracker.Entries(), Is.Empty, "a committed unit leaves nothing tracked for the next one");
    }

    [Test]
    public async Task An_abandoned_unit_forgets_what_it_tracked_so_a_later_save_writes_none_of_it()
    {
        var agency = Agency();
        await using var scope = WorkflowsServer.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();

        await using (var unit = await UnitOfWork.BeginAsync(db, CancellationToken.None))
        {
            db.Notifications.Add(Notice(agency, "half-written"));
            await unit.AbandonAsync();
        }

        Assert.That(db.ChangeTracker.Entries(), Is.Empty);
        await db.SaveChangesAsync();
        Assert.That(await CommittedAsync(agency), Is.Empty);
    }

    [Test]
    public async Task A_nested_abandon_forgets_its_changes_and_leaves_the_transaction_to_the_outer_unit()
    {
        var agency = Agency();
        await using var scope = WorkflowsServer.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();

        await using (var outer = await UnitOfWork.BeginAsync(db, CancellationToken.None))
        {
            db.Notifications.Add(Notice(agency, "saved-before"));
            await db.SaveChangesAsync();
            await using (var inner = await UnitOfWork.BeginAsync(db, CancellationToken.None))
            {
                db.Notifications.Add(Notice(agency, "refused"));
                await inner.AbandonAsync();
            }

            Assert.That(db.ChangeTracker.Entries(), Is.Empty, "the nested abandon cleared the tracker");
            Assert.That(db.Database.CurrentTransaction, Is.Not.Null, "the nested abandon did not end the outer transaction");
            db.Notifications.Add(Notice(agency, "after"));
            await outer.CommitAsync(CancellationToken.None);
        }

        Assert.That(await CommittedAsync(agency), Is.EquivalentTo(new[] { "saved-before", "after" }));
    }

    [Test]
    public async Task A_unit_left_without_commit_rolls_back_and_forgets_its_changes()
    {
        var agency = Agency();
        await using var scope = WorkflowsServer.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();

        await using (await UnitOfWork.BeginAsync(db, CancellationToken.None))
        {
            db.Notifications.Add(Notice(agency, "saved"));
            await db.SaveChangesAsync();
            db.Notifications.Add(Notice(agency, "unsaved"));
        }

        Assert.That(db.Database.CurrentTransaction, Is.Null);
        Assert.That(db.ChangeTracker.Entries(), Is.Empty);
        Assert.That(await CommittedAsync(agency), Is.Empty);
    }

    private static string Agency() => $"uow-{Guid.NewGuid():N}"[..16];

    private static NotificationRow Notice(string agency, string text) => new()
    {
        Agency = agency,
        ToRole = NotificationAudiences.Admins,
        Kind = "unit-of-work-test",
        Text = text,
        Detail = "{}",
        CreatedAt = WorkflowsServer.Clock.GetUtcNow(),
    };

    /// <summary>The texts of the agency's notifications as another connection sees them: committed rows only.</summary>
    private static async Task<List<string>> CommittedAsync(string agency)
    {
        await using var scope = WorkflowsServer.Factory.Services.CreateAsyncScope();
        var other = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        return await other.Notifications.AsNoTracking().Where(n => n.Agency == agency).Select(n => n.Text).ToListAsync();
    }
}
