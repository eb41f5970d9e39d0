using Workflows.Core.Diagnostics;

namespace Workflows.Core.Definitions.V1;

/// <summary>The top level of a definition file, schema <c>workflows/v1</c>, exactly as written.</summary>
public sealed class WorkflowDefinitionV1
{
    public const string SchemaName = "workflows/v1";

    public SourcePosition Position { get; init; }

    public Located<string>? Id { get; init; }

    public Located<string>? Title { get; init; }

    public Located<string>? Agency { get; init; }

    public SourceV1? Source { get; init; }

    public Located<string>? Calendar { get; init; }

    public ServiceStandardV1? ServiceStandard { get; init; }

    public ScheduleV1? Schedule { get; init; }

    public IReadOnlyList<RoleV1> Roles { get; init; } = [];

    public IReadOnlyList<DocumentV1> Documents { get; init; } = [];

    public IReadOnlyList<DataFieldV1> Data { get; init; } = [];

    public IReadOnlyList<StepV1> Steps { get; init; } = [];
}
