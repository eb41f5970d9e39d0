using Workflows.Core.Definitions;
using Workflows.Core.Runtime;
using Workflows.Infrastructure.Persistence;

namespace Workflows.Infrastructure.Runtime;

/// <summary>A case as stored after a command: its row, its engine state and the definition version it runs on.</summary>
public sealed record CaseSnapshot(InstanceRow Row, InstanceState State, WorkflowDefinition Definition);
