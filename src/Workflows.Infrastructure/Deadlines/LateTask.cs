using Workflows.Core.Definitions;
using Workflows.Core.Time;

namespace Workflows.Infrastructure.Deadlines;

/// <summary>An open task whose timer fired, with its instance, definition and calendar.</summary>
internal sealed record LateTask(InstanceHead Instance, TaskHead Task, WorkflowDefinition Definition, WorkingCalendar Calendar);
