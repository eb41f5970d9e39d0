using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;
using Workflows.Core.Runtime;
using Workflows.Infrastructure.Definitions;
using Workflows.Infrastructure.Persistence;
using Workflows.Infrastructure.Runtime;

namespace Workflows.Infrastructure.Scheduling;

/// <summary>
/// Starts a case of a definition that declares <c>schedule:</c>, with the schedule's data. The business key names the
/// fire time, so a fire that Quartz recovers after a node died cannot start the same case twice.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class ScheduledStartJob(IServiceScopeFactory scopes, ILogger<ScheduledStartJob> logger) : IJob
{
    public const string DefinitionKey = "definition";
    public const string UserId = "system:schedule";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var definitionId = context.MergedJobDataMap.GetString(DefinitionKey)!;
        await using var scope = scopes.CreateAsyncScope();
        var versions = scope.ServiceProvider.GetRequiredService<DefinitionVersions>();
        var published = await versions.StartableAsync(definitionId, null, cancellationToken);
        if (!published.Succeeded)
        {
            LogNotStartable(logger, definitionId, published.Failure.Detail);
            return;
        }

        var definition = await versions.CompiledAsync(definitionId, published.Value, cancellationToken);
        if (definition.Schedule is not { } schedule)
        {
            return;
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(schedule.TimeZone);
        var fired = TimeZoneInfo.ConvertTime(context.ScheduledFireTimeUtc ?? context.FireTimeUtc, zone);
        var businessKey = $"{definitionId.Split('.')[^1].ToUpperInvariant()}-{fired.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}";
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        if (await db.Instances.AnyAsync(i => i.DefinitionId == definitionId && i.BusinessKey == businessKey, cancellationToken))
        {
            return;
        }

        var command = new StartInstance(new Actor(UserId, new HashSet<string>()), Guid.CreateVersion7(), businessKey, schedule.Data, []);
        var started = await scope.ServiceProvider.GetRequiredService<CaseRunner>().StartAsync(definitionId, command, null, cancellationToken);
        if (started.Succeeded)
        {
            LogStarted(logger, definitionId, businessKey);
        }
        else
        {
            LogNotStartable(logger, definitionId, started.Failure.Detail);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled case {BusinessKey} of {Definition} started")]
    private static partial void LogStarted(ILogger logger, string definition, string businessKey);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scheduled start of {Definition} failed: {Reason}")]
    private static partial void LogNotStartable(ILogger logger, string definition, string reason);
}
