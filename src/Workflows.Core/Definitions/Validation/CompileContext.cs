namespace Workflows.Core.Definitions.Validation;

/// <summary>
/// What a definition may refer to outside itself. A null set means "not known here": references to it are
/// not checked (calendars) or only warned about (sub-process definitions).
/// </summary>
public sealed record CompileContext(IReadOnlySet<string>? Calendars, IReadOnlySet<string>? Definitions)
{
    public static readonly CompileContext Standalone = new(null, null);

    public const string DefaultCalendar = "id-asn";

    /// <summary>
    /// How a schedule's cron is judged (WF027). Null for versions stored earlier: they compile whatever their cron, and
    /// the schedule sync reports a bad one instead of the whole version failing to load.
    /// </summary>
    public ScheduleRules? Schedules { get; init; } = ScheduleRules.Default;

    /// <summary>
    /// The calendars' coverage and the moment "today" is read from, for lint WL006. Null where no clock applies
    /// (stored versions, <c>inspect</c>): coverage is not checked.
    /// </summary>
    public CoverageHorizon? Coverage { get; init; }
}
