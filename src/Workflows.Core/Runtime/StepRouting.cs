using System.Collections.Immutable;
using Workflows.Core.Definitions;
using Workflows.Core.Expressions;
using Workflows.Core.Time;

namespace Workflows.Core.Runtime;

/// <summary>Where a step leads and when a wait ends, decided on the instance data.</summary>
internal static class StepRouting
{
    /// <summary>
    /// The step after <paramref name="step"/>: the chosen outcome's target for a decision, else the first <c>next</c>
    /// whose condition holds (an entry without <c>when</c> always does).
    /// </summary>
    public static (string? Target, CommandRejection? Rejection) Next(WorkflowStep step, string? outcome, ImmutableSortedDictionary<string, object?> data)
    {
        if (step.Kind == StepKind.Decision)
        {
            return (step.Outcomes.First(o => o.Name == outcome).Target, null);
        }

        foreach (var transition in step.Next)
        {
            var (holds, rejection) = Holds(transition.When, data, $"the condition to go from '{step.Id}' to '{transition.Target}'");
            if (rejection is not null)
            {
                return (null, rejection);
            }

            if (holds)
            {
                return (transition.Target, null);
            }
        }

        return (null, CommandRejection.Of(RejectionCode.NoTransition,
            $"None of the conditions after step '{step.Id}' holds on the instance data ({string.Join("; ", step.Next.Select(t => $"{t.Target}: {t.When}"))}), and there is no default."));
    }

    /// <summary>Whether <paramref name="condition"/> (null: always) holds; a value that does not fit is a rejection naming the field.</summary>
    public static (bool Holds, CommandRejection? Rejection) Holds(Condition? condition, IReadOnlyDictionary<string, object?> data, string what)
    {
        try
        {
            return (condition is null || condition.Evaluate(data), null);
        }
        catch (ConditionEvaluationException e)
        {
            return (false, new CommandRejection(RejectionCode.ConditionFailed, $"Cannot evaluate {what} ({condition}): {e.Message}.",
                e.FieldName is null ? [] : [$"data.{e.FieldName}: {e.Message}"]));
        }
    }

    /// <summary>
    /// When a wait step ends: its duration after <paramref name="now"/> on the calendar, or the start of the local day held
    /// in its <c>until</c> field. Null when the duration sets no standard (nothing to wait for). Provisional when the
    /// duration counted office time beyond the calendar's coverage; a date from the instance data never is.
    /// </summary>
    public static (DateTimeOffset? At, bool Provisional, CommandRejection? Rejection) WaitUntil(
        WorkflowStep step, IReadOnlyDictionary<string, object?> data, WorkingCalendar calendar, DateTimeOffset now)
    {
        if (step.UntilField is not { } field)
        {
            var window = calendar.Due(now, step.Duration);
            return (window.Due, window.Provisional, null);
        }

        if (data.TryGetValue(field, out var value) && value is DateOnly date)
        {
            var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
            return (new DateTimeOffset(local, calendar.Zone.GetUtcOffset(local)), false, null);
        }

        return (null, false, new CommandRejection(RejectionCode.InvalidData,
            $"Wait step '{step.Id}' waits until the date in '{field}', which has no value.", [$"data.{field}: is required to enter step '{step.Id}'"]));
    }
}
