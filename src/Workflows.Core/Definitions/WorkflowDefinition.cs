using System.Collections.Immutable;

namespace Workflows.Core.Definitions;

/// <summary>A validated, immutable SOP definition. The first step in file order is where an instance starts.</summary>
public sealed record WorkflowDefinition(
    string Id,
    string Title,
    string Agency,
    SourceInfo Source,
    string Calendar,
    ServiceStandard? ServiceStandard,
    ImmutableArray<Role> Roles,
    ImmutableArray<DocumentType> Documents,
    ImmutableArray<DataField> Data,
    ImmutableArray<WorkflowStep> Steps,
    Schedule? Schedule = null)
{
    private ImmutableDictionary<string, WorkflowStep>? stepsById;

    public WorkflowStep Start => Steps[0];

    public WorkflowStep Step(string id) => StepsById[id];

    public bool TryGetStep(string id, out WorkflowStep step) => StepsById.TryGetValue(id, out step!);

    public Role? Role(string id) => Roles.FirstOrDefault(r => r.Id == id);

    /// <summary>The receive steps that wait for the message <paramref name="name"/>, in declaration order.</summary>
    public IReadOnlyList<WorkflowStep> ReceiversOf(string name) => [.. Steps.Where(s => s.Kind == StepKind.Receive && s.Message == name)];

    private ImmutableDictionary<string, WorkflowStep> StepsById => stepsById ??= Steps.ToImmutableDictionary(s => s.Id);
}
