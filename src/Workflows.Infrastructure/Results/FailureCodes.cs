using System.Collections.Frozen;
using System.Reflection;
using Workflows.Core.Runtime;

namespace Workflows.Infrastructure.Results;

/// <summary>
/// Every <c>code</c> a problem answer can carry, in one place: the engine's <see cref="RejectionCode"/>s (kebab-case)
/// and the codes of the services and the web host below. A client may rely on them; renaming one is a breaking change.
/// </summary>
public static class FailureCodes
{
    public const string AgencyChanged = "agency-changed";
    public const string AgencyRequired = "agency-required";
    public const string AlreadyAcknowledged = "already-acknowledged";
    public const string BadIdempotencyKey = "bad-idempotency-key";
    public const string BadQuery = "bad-query";
    public const string BadRequest = "bad-request";
    public const string BodyTooLarge = "body-too-large";
    public const string CaseEscalation = "case-escalation";
    public const string ConcurrentChange = "concurrent-change";
    public const string DatabaseUnavailable = "database-unavailable";
    public const string DefinitionNotPublished = "definition-not-published";
    public const string DefinitionRetired = "definition-retired";
    public const string DefinitionTooLarge = "definition-too-large";
    public const string DocumentAlreadyBound = "document-already-bound";
    public const string DocumentContentMismatch = "document-content-mismatch";
    public const string DocumentTooLarge = "document-too-large";
    public const string DocumentTypeNotAllowed = "document-type-not-allowed";
    public const string Forbidden = "forbidden";
    public const string IdempotencyKeyReused = "idempotency-key-reused";
    public const string InternalError = "internal-error";
    public const string InvalidAwayPeriod = "invalid-away-period";
    public const string InvalidDefinition = "invalid-definition";
    public const string InvalidSchedule = "invalid-schedule";
    public const string InvalidWebhook = "invalid-webhook";
    public const string MalformedForm = "malformed-form";
    public const string MalformedJson = "malformed-json";
    public const string MissingFields = "missing-fields";
    public const string MissingFile = "missing-file";
    public const string NotFound = "not-found";
    public const string NotSupervisor = "not-supervisor";
    public const string OtherAgency = "other-agency";
    public const string SubProcessNotStartable = "sub-process-not-startable";
    public const string TooManyAwayPeriods = "too-many-away-periods";
    public const string TooManyCases = "too-many-cases";
    public const string Unauthenticated = "unauthenticated";
    public const string UnknownDocuments = "unknown-documents";
    public const string UnsupportedCharset = "unsupported-charset";
    public const string UnsupportedMediaType = "unsupported-media-type";
    public const string WebhookLimit = "webhook-limit";

    /// <summary>The code of an engine rejection.</summary>
    public static string Of(RejectionCode code) => Casing.Kebab(code.ToString());

    /// <summary>All codes: the constants above and one per <see cref="RejectionCode"/>.</summary>
    public static FrozenSet<string> All { get; } = typeof(FailureCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!)
        .Concat(Enum.GetValues<RejectionCode>().Select(Of))
        .ToFrozenSet(StringComparer.Ordinal);
}
