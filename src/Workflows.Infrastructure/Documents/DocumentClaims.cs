using System.Collections.Immutable;
using Microsoft.EntityFrameworkCore;
using Workflows.Core.Runtime;
using Workflows.Infrastructure.Persistence;
using Workflows.Infrastructure.Results;

namespace Workflows.Infrastructure.Documents;

/// <summary>
/// Binds the uploads a command hands in to its instance, in the command's transaction. Each is bound only while no instance
/// holds it: of two commands handing in the same upload at once, the second waits for the first one's row lock, finds
/// the document taken and is refused, so an upload never ends up in two instances.
/// </summary>
internal static class DocumentClaims
{
    public static async Task<Failure?> ClaimAsync(WorkflowsDbContext db, Guid instanceId, InstanceCommand command, CancellationToken cancellationToken)
    {
        // In id order, so that two commands claiming the same documents lock them in the same order and cannot deadlock.
        foreach (var document in HandedIn(command).Where(d => d.UploadedBy is not null).OrderBy(d => d.Id))
        {
            var bound = await db.Documents
                .Where(d => d.Id == document.Id && d.InstanceId == null)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.InstanceId, instanceId).SetProperty(d => d.Type, document.Type), cancellationToken);
            if (bound == 0)
            {
                return Failure.Conflict(FailureCodes.DocumentAlreadyBound,
                    $"Document {document.Id} ({document.Type}) was handed in to another instance at the same moment; upload it again for this instance.");
            }
        }

        return null;
    }

    /// <summary>The documents a command brings from outside the instance (sub-process commands carry only the family's own).</summary>
    private static ImmutableArray<SuppliedDocument> HandedIn(InstanceCommand command) => command switch
    {
        StartInstance start => start.Documents,
        CompleteTask complete => complete.Documents,
        ReceiveMessage deliver => deliver.Documents,
        _ => [],
    };
}
