using System.Collections.Frozen;
using System.Reflection;
using Workflows.Core.Runtime;

namespace Workflows.Infrastructure.Results;

/// <summary>
/// Every <c>code</c> a problem answer can carry, in one place: the engine's <see cref="RejectionCode"/>s (kebab-case)
/// and the codes of the services and the web host below. A client may rely on them; renaming one is a breaking change.
/// Each code of a service is marked with the kind it is answered as (<see cref="Kinds"/>). The web host's own codes are
/// not: their statuses (401, 503, 500, and 400 or 415 for <see cref="BadRequest"/>) are no one kind's. Engine codes
/// take their kind from the rejection.
/// </summary>
public static class FailureCodes
{
    [AnsweredAs(FailureKind.Conflict)] public const string AgencyChanged = "agency-changed";
    [AnsweredAs(FailureKind.Unprocessable)] public const string AgencyRequired = "agency-required";
    [AnsweredAs(FailureKind.Conflict)] public const string AlreadyAcknowledged = "already-acknowledged";
    [AnsweredAs(FailureKind.BadRequest)] public const string BadIdempotencyKey = "bad-idempotency-key";
    [AnsweredAs(FailureKind.BadRequest)] public const string BadQuery = "bad-query";
    public const string BadRequest = "bad-request";
    [AnsweredAs(FailureKind.TooLarge)] public const string BodyTooLarge = "body-too-large";
    [AnsweredAs(FailureKind.Conflict)] public const string CaseEscalation = "case-escalation";
    [AnsweredAs(FailureKind.Conflict)] public const string ConcurrentChange = "concurrent-change";
    public const string DatabaseUnavailable = "database-unavailable";
    [AnsweredAs(FailureKind.Conflict)] public const string DefinitionNotPublished = "definition-not-published";
    [AnsweredAs(FailureKind.Conflict)] public const string DefinitionRetired = "definition-retired";
    [AnsweredAs(FailureKind.TooLarge)] public const string DefinitionTooLarge = "definition-too-large";
    [AnsweredAs(FailureKind.Conflict)] public const string DocumentAlreadyBound = "document-already-bound";
    [AnsweredAs(FailureKind.UnsupportedMediaType)] public const string DocumentContentMismatch = "document-content-mismatch";
    [AnsweredAs(FailureKind.TooLarge)] public const string DocumentTooLarge = "document-too-large";
    [AnsweredAs(FailureKind.UnsupportedMediaType)] public const string DocumentTypeNotAllowed = "document-type-not-allowed";
    [AnsweredAs(FailureKind.Forbidden)] public const string Forbidden = "forbidden";
    [AnsweredAs(FailureKind.Unprocessable)] public const string IdempotencyKeyReused = "idempotency-key-reused";
    public const string InternalError = "internal-error";
    [AnsweredAs(FailureKind.Unprocessable)] public const string InvalidAwayPeriod = "invalid-away-period";
    [AnsweredAs(FailureKind.Unprocessable)] public const string InvalidDefinition = "invalid-definition";
    [AnsweredAs(FailureKind.Unprocessable)] public const string InvalidSchedule = "invalid-schedule";
    [AnsweredAs(FailureKind.Unprocessable)] public const string InvalidWebhook = "invalid-webhook";
    [AnsweredAs(FailureKind.BadRequest)] public const string MalformedForm = "malformed-form";
    [AnsweredAs(FailureKind.BadRequest)] public const string MalformedJson = "malformed-json";
    [AnsweredAs(FailureKind.BadRequest)] public const string MissingFields = "missing-fields";
    [AnsweredAs(FailureKind.BadRequest)] public const string MissingFile = "missing-file";
    [AnsweredAs(FailureKind.NotFound)] public const string NotFound = "not-found";
    [AnsweredAs(FailureKind.Forbidden)] public const string NotSupervisor = "not-supervisor";
    [AnsweredAs(FailureKind.Forbidden)] public const string OtherAgency = "other-agency";
    [AnsweredAs(FailureKind.Unprocessable)] public const string SubProcessNotStartable = "sub-process-not-startable";
    [AnsweredAs(FailureKind.Conflict)] public const string TooManyAwayPeriods = "too-many-away-periods";
    [AnsweredAs(FailureKind.Unprocessable)] public const string TooManyCases = "too-many-cases";
    public const string Unauthenticated = "unauthenticated";
    [AnsweredAs(FailureKind.Unprocessable)] public const string UnknownDocuments = "unknown-documents";
    [AnsweredAs(FailureKind.UnsupportedMediaType)] public const string UnsupportedCharset = "unsupported-charset";
    [AnsweredAs(FailureKind.UnsupportedMediaType)] public const string UnsupportedMediaType = "unsupported-media-type";
    [AnsweredAs(FailureKind.Conflict)] public const string WebhookLimit = "webhook-limit";

    /// <summary>The code of an engine rejection.</summary>
    public static string Of(RejectionCode code) => Casing.Kebab(code.ToString());

    /// <summary>All codes: the constants above and one per <see cref="RejectionCode"/>.</summary>
    public static FrozenSet<string> All { get; } = Constants().Select(f => (string)f.GetRawConstantValue()!)
        .Concat(Enum.GetValues<RejectionCode>().Select(Of))
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The kind each marked constant is answered as (<see cref="AnsweredAsAttribute"/>).</summary>
    public static FrozenDictionary<string, FailureKind> Kinds { get; } = Constants()
        .Where(f => f.GetCustomAttribute<AnsweredAsAttribute>() is not null)
        .ToFrozenDictionary(f => (string)f.GetRawConstantValue()!, f => f.GetCustomAttribute<AnsweredAsAttribute>()!.Kind, StringComparer.Ordinal);

    private static IEnumerable<FieldInfo> Constants() => typeof(FailureCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral);
}
