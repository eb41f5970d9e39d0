using Workflows.Core.Definitions;
using Workflows.Core.Runtime;
using Workflows.Infrastructure.Persistence;

namespace Workflows.Infrastructure.Runtime;

/// <summary>An instance as stored after a command: its row, its engine state and the definition version it runs on.</summary>
public sealed record InstanceSnapshot(InstanceRow Row, InstanceState State, WorkflowDefinition Definition);
