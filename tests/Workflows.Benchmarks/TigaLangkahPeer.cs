using WorkflowCore.Interface;
using WorkflowCore.Models;

namespace Workflows.Benchmarks;

/// <summary>
/// <c>bench.tiga-langkah</c> written for WorkflowCore: three human tasks in a row, each a <c>WaitFor</c> on an event
/// keyed by the instance and the step (WorkflowCore.Users, its user-task package, is not served here). A
/// <c>WaitFor</c> listens from <see cref="DateTime.MinValue"/> by default, so an event published before its
/// subscription exists still matches.
/// </summary>
internal sealed class TigaLangkahPeer : IWorkflow<TigaLangkahData>
{
    public const string EventName = "selesai";

    public static readonly string[] Steps = ["terima", "periksa", "setujui"];

    public string Id => "tiga-langkah";

    public int Version => 1;

    public static string EventKey(string instanceId, string step) => $"{instanceId}:{step}";

    public void Build(IWorkflowBuilder<TigaLangkahData> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder
            .StartWith(_ => ExecutionResult.Next())
            .WaitFor(EventName, (_, context) => context.Workflow.Id + ":terima")
            .WaitFor(EventName, (_, context) => context.Workflow.Id + ":periksa")
            .WaitFor(EventName, (_, context) => context.Workflow.Id + ":setujui")
            .Then(_ => ExecutionResult.Next());
    }
}
