using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Workflows.Core.Runtime;
using Workflows.Infrastructure.Deadlines;
using Workflows.Infrastructure.Definitions;
using Workflows.Infrastructure.Documents;
using Workflows.Infrastructure.Messaging;
using Workflows.Infrastructure.Observability;
using Workflows.Infrastructure.Persistence;
using Workflows.Infrastructure.Results;

namespace Workflows.Infrastructure.Runtime;

/// <summary>
/// Carries out commands on instances: one command is one database transaction (or joins the caller's, for idempotent
/// requests). The instance row's revision is checked on update, so of two nodes applying a command to the same instance
/// at once exactly one succeeds and the other gets a conflict. Work that reaches other instances — starting a
/// sub-process, reporting back to a parent, cancelling a child — happens in the same transaction. Each command is
/// logged in one line (<see cref="CommandLog"/>) and counted in the metrics once its changes are saved.
/// </summary>
public sealed class InstanceRunner(
    WorkflowsDbContext db,
    DefinitionVersions definitions,
    DefinitionCatalog catalog,
    HeldMessages held,
    TimeProvider time,
    IOptions<DeadlineOptions> deadlines,
    ILogger<InstanceRunner> logger)
{
    /// <summary>Instances one command may touch (itself, sub-processes, parents) before it is refused.</summary>
    public const int MaxInstancesPerCommand = 64;

    public async Task<Outcome<InstanceSnapshot>> StartAsync(
        string definitionId,
        StartInstance command,
        string? agency,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        using var trace = CommandLog.Trace();
        var version = await definitions.StartableAsync(definitionId, agency, cancellationToken);
        Outcome<InstanceSnapshot> outcome = version.Succeeded
            ? await RunAsync(new InstanceWork(null, definitionId, version.Value, command), cancellationToken)
            : version.Failure;
        CommandLog.Log(logger, command, command.InstanceId, definitionId, agency, outcome);
        return outcome;
    }

    /// <summary>
    /// The instance a task belongs to, read with the task in one query and tracked, so that a command on it
    /// (<see cref="ExecuteAsync"/>) finds the row without another round trip; null when there is no such task in
    /// <paramref name="agency"/> (null: any).
    /// </summary>
    public Task<InstanceRow?> InstanceOfTaskAsync(Guid taskId, string? agency, CancellationToken cancellationToken) =>
        db.Tasks.Where(t => t.Id == taskId && (agency == null || t.Agency == agency))
            .Join(db.Instances, t => t.InstanceId, i => i.Id, (t, i) => i)
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<Outcome<InstanceSnapshot>> ExecuteAsync(Guid instanceId, string? agency, InstanceCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        using var trace = CommandLog.Trace();
        // Tracked, so that applying the command finds the row without a second round trip.
        var row = await db.Instances.FindAsync([instanceId], cancellationToken);
        var outcome = row is null || (agency is not null && row.Agency != agency)
            ? Failure.NotFound($"There is no instance {instanceId}.")
            : await RunAsync(new InstanceWork(instanceId, row.DefinitionId, row.DefinitionVersion, command), cancellationToken);
        CommandLog.Log(logger, command, instanceId, row?.DefinitionId ?? "-", agency, outcome);
        return outcome;
    }

    private async Task<Outcome<InstanceSnapshot>> RunAsync(InstanceWork first, CancellationToken cancellationToken)
    {
        await using var unit = await UnitOfWork.BeginAsync(db, cancellationToken);
        try
        {
            var pending = new Queue<InstanceWork>([first]);
            // The answer is the first instance as it stands at the end: a sub-process may have moved it on again.
            Guid? answered = null;
            var latest = new Dictionary<Guid, InstanceSnapshot>();
            var applied = new List<(string DefinitionId, bool Started, IEnumerable<InstanceEffect> Effects)>();
            for (var touched = 0; pending.TryDequeue(out var work); touched++)
            {
                if (touched == MaxInstancesPerCommand)
                {
                    return await AbandonAsync(unit, Failure.Unprocessable(FailureCodes.TooManyCases, $"The command reached more than {MaxInstancesPerCommand} instances (sub-processes calling each other?)."));
                }

                var next = await ApplyAsync(work, pending, applied, cancellationToken);
                if (!next.Succeeded && work.Held is { } refused)
                {
                    // A held message the instance refuses (its documents or data do not fit) must not undo the command
                    // that brought the instance to its receive step: it is recorded as rejected and the step waits on.
                    refused.Status = HeldMessages.Rejected;
                    refused.Reason = next.Failure.Detail;
                    continue;
                }

                if (!next.Succeeded)
                {
                    return await AbandonAsync(unit, next.Failure);
                }

                answered ??= next.Value.Row.Id;
                latest[next.Value.Row.Id] = next.Value;
            }

            await unit.CommitAsync(cancellationToken);
            // Counted once saved. Inside a caller's transaction (an idempotent request, a timer firing) the caller
            // commits; should that commit fail afterwards, which is rare, the counters run one command ahead.
            foreach (var (definitionId, started, effects) in applied)
            {
                WorkflowsMetrics.Applied(definitionId, started, effects);
            }

            return latest[answered!.Value];
        }
        catch (DbUpdateConcurrencyException)
        {
            return await AbandonAsync(unit, Failure.ConcurrentChange());
        }
    }

    private static async Task<Failure> AbandonAsync(UnitOfWork work, Failure failure)
    {
        await work.AbandonAsync();
        return failure;
    }

    private async Task<Outcome<InstanceSnapshot>> ApplyAsync(
        InstanceWork work, Queue<InstanceWork> pending, List<(string, bool, IEnumerable<InstanceEffect>)> applied, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var row = work.InstanceId is { } id ? await db.Instances.FindAsync([id], cancellationToken) : null;
        var definition = await definitions.CompiledAsync(work.DefinitionId, work.Version, cancellationToken);
        var calendar = catalog.Calendar(definition.Calendar);
        var localNow = TimeZoneInfo.ConvertTime(now, calendar.Zone);
        var state = row is null ? null : InstanceStateJson.Deserialize(row.State, definition);
        var context = new EngineContext(definition, work.Version, calendar, localNow, () => Guid.CreateVersion7(now));
        var result = WorkflowEngine.Apply(context, state, work.Command);
        if (!result.Accepted)
        {
            return RejectionFailures.ToFailure(result.Rejection);
        }

        if (await DocumentClaims.ClaimAsync(db, result.State!.Id, work.Command, cancellationToken) is { } taken)
        {
            return taken;
        }

        var started = row is null;
        if (row is null)
        {
            row = NewInstance(work.DefinitionId, work.Version, (StartInstance)work.Command, result.State, now);
            db.Instances.Add(row);
        }

        var follow = new List<InstanceEffect>();
        await new EffectWriter(db, calendar, deadlines.Value.ReminderShare, follow.Add).WriteAsync(row, definition, result, now, cancellationToken);
        foreach (var receive in result.Effects.OfType<StepOpened>().Where(o => o.Task.WaitingFor == WaitingFor.Message))
        {
            // A message that came early is delivered now that its step waits for it, in this same transaction.
            if (await held.TakeAsync(row.Id, row.Agency, receive.Task.Message!, cancellationToken) is { } early)
            {
                pending.Enqueue(new InstanceWork(row.Id, row.DefinitionId, row.DefinitionVersion, early.Deliver, early.Held));
            }
        }

        foreach (var effect in follow)
        {
            var next = await FollowAsync(effect, row, result.State, cancellationToken);
            if (!next.Succeeded)
            {
                return next.Failure;
            }

            if (next.Value is { } work2)
            {
                pending.Enqueue(work2);
            }
        }

        applied.Add((work.DefinitionId, started, result.Effects));
        return new InstanceSnapshot(row, result.State, definition);
    }

    private static InstanceRow NewInstance(string definitionId, int version, StartInstance start, InstanceState state, DateTimeOffset now) => new()
    {
        Id = start.InstanceId,
        Agency = state.Agency,
        DefinitionId = definitionId,
        DefinitionVersion = version,
        BusinessKey = start.BusinessKey,
        Status = InstanceStatuses.Of(state.Status),
        State = string.Empty,
        StartedBy = start.Actor.UserId,
        StartedAt = now,
        ParentInstanceId = start.Parent?.InstanceId,
        UpdatedAt = now,
    };

    /// <summary>The next piece of work an effect asks for in another instance, if any.</summary>
    private async Task<Outcome<InstanceWork?>> FollowAsync(InstanceEffect effect, InstanceRow source, InstanceState sourceState, CancellationToken cancellationToken)
    {
        switch (effect)
        {
            case SubProcessRequested requested:
                var version = await definitions.StartableAsync(requested.DefinitionId, source.Agency, cancellationToken);
                if (!version.Succeeded)
                {
                    return Failure.Unprocessable(FailureCodes.SubProcessNotStartable, $"The call of '{requested.DefinitionId}' cannot start: {version.Failure.Detail}");
                }

                var child = await definitions.CompiledAsync(requested.DefinitionId, version.Value, cancellationToken);
                return new InstanceWork(null, requested.DefinitionId, version.Value, SubProcessStart.For(requested, child));
            case EndReached { Parent: { } parent } completed:
                return await WorkOnAsync(parent.InstanceId, new CompleteSubProcess(Actor.System, parent.TaskId, source.Id, completed.Result, [.. sourceState.Documents]), cancellationToken);
            case SubProcessCancelRequested cancel:
                return await WorkOnAsync(cancel.ChildInstanceId, new CancelInstance(Actor.System, $"The parent instance {source.Id} was cancelled."), cancellationToken);
            default:
                // Sending (MessageDispatched) and notifying about ends belong to the message-event layer.
                return (InstanceWork?)null;
        }
    }

    /// <summary>A command for an instance that exists, on the version it runs on (the row is tracked, so applying it reads it no more).</summary>
    private async Task<InstanceWork?> WorkOnAsync(Guid instanceId, InstanceCommand command, CancellationToken cancellationToken)
    {
        var row = await db.Instances.FindAsync([instanceId], cancellationToken);
        return new InstanceWork(instanceId, row!.DefinitionId, row.DefinitionVersion, command);
    }

    /// <summary>A command for one instance; <see cref="InstanceId"/> is null for an instance that this command starts.</summary>
    private sealed record InstanceWork(Guid? InstanceId, string DefinitionId, int Version, InstanceCommand Command, InboundMessageRow? Held = null);
}
