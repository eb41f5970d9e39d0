namespace Workflows.Core.Diagnostics;

/// <summary>Stable codes for every problem the validator reports; the API and tests match on them, people read the messages.</summary>
public static class DiagnosticCodes
{
    public const string YamlSyntax = "WF001";
    public const string InputLimit = "WF002";
    public const string DuplicateKey = "WF003";
    public const string UnknownKey = "WF004";
    public const string WrongType = "WF005";
    public const string MissingKey = "WF006";
    public const string UnsupportedSchema = "WF007";
    public const string InvalidId = "WF008";
    public const string DuplicateId = "WF010";
    public const string UnknownTarget = "WF011";
    public const string UndeclaredActor = "WF012";
    public const string UndeclaredDocument = "WF013";
    public const string UndeclaredField = "WF014";
    public const string UnreachableStep = "WF015";
    public const string EndUnreachable = "WF016";
    public const string DocumentNotAvailable = "WF017";
    public const string TooFewOutcomes = "WF018";
    public const string UnbalancedParallel = "WF019";
    public const string BadDuration = "WF020";
    public const string ConditionSyntax = "WF021";
    public const string ConditionType = "WF022";
    public const string UnknownCalendar = "WF023";
    public const string UnknownDefinition = "WF024";
    public const string StepShape = "WF025";
    public const string BadSupervisor = "WF026";
    public const string BadSchedule = "WF027";
    public const string BadCalendar = "WF030";

    public const string LongestPathExceedsTotal = "WL001";
    public const string Unused = "WL002";
    public const string NoDefaultBranch = "WL003";
    public const string InternalCounterparty = "WL004";
    public const string UnverifiedCall = "WL005";
    public const string CoverageEnding = "WL006";
}
