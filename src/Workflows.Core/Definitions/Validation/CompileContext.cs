namespace Workflows.Core.Definitions.Validation;

/// <summary>
/// What a definition may refer to outside itself. A null set means "not known here": references to it are
/// not checked (calendars) or only warned about (sub-process definitions).
/// </summary>
public sealed record CompileContext(IReadOnlySet<string>? Calendars, IReadOnlySet<string>? Definitions)
{
    public static readonly CompileContext Standalone = new(null, null);

    public const string DefaultCalendar = "id-asn";
}
