using System.Collections.Frozen;
using Workflows.Api.Problems;
using Workflows.Core.Runtime;
using Workflows.Infrastructure.Results;
using Workflows.Infrastructure.Runtime;

namespace Workflows.Api.Contract;

/// <summary>
/// The HTTP status each problem <c>code</c> is answered with, so the OpenAPI document files a code under the status it
/// really comes with. Engine rejections take theirs from <see cref="RejectionFailures"/> and every kind from
/// <see cref="ProblemResults.StatusOf"/>; the rest are the kinds their services and guards give them.
/// </summary>
public static class ProblemStatuses
{
    private static readonly FrozenDictionary<string, int[]> Statuses = Build();

    /// <summary>The statuses a code is answered with (one, except <c>bad-request</c>, the catch-all of unreadable requests).</summary>
    public static IReadOnlyList<int> Of(string code) =>
        Statuses.TryGetValue(code, out var statuses) ? statuses : throw new ArgumentException($"The problem code '{code}' has no status; add it to {nameof(ProblemStatuses)}.", nameof(code));

    /// <summary>Every code with a status: the test checks this is <see cref="FailureCodes.All"/>.</summary>
    public static IEnumerable<string> Codes => Statuses.Keys;

    private static FrozenDictionary<string, int[]> Build()
    {
        var kinds = new Dictionary<string, FailureKind>(StringComparer.Ordinal)
        {
            [FailureCodes.AgencyChanged] = FailureKind.Conflict,
            [FailureCodes.AgencyRequired] = FailureKind.Unprocessable,
            [FailureCodes.AlreadyAcknowledged] = FailureKind.Conflict,
            [FailureCodes.BadIdempotencyKey] = FailureKind.BadRequest,
            [FailureCodes.BadQuery] = FailureKind.BadRequest,
            [FailureCodes.BodyTooLarge] = FailureKind.TooLarge,
            [FailureCodes.CaseEscalation] = FailureKind.Conflict,
            [FailureCodes.ConcurrentChange] = FailureKind.Conflict,
            [FailureCodes.DefinitionNotPublished] = FailureKind.Conflict,
            [FailureCodes.DefinitionRetired] = FailureKind.Conflict,
            [FailureCodes.DefinitionTooLarge] = FailureKind.TooLarge,
            [FailureCodes.DocumentAlreadyBound] = FailureKind.Conflict,
            [FailureCodes.DocumentContentMismatch] = FailureKind.UnsupportedMediaType,
            [FailureCodes.DocumentTooLarge] = FailureKind.TooLarge,
            [FailureCodes.DocumentTypeNotAllowed] = FailureKind.UnsupportedMediaType,
            [FailureCodes.Forbidden] = FailureKind.Forbidden,
            [FailureCodes.IdempotencyKeyReused] = FailureKind.Unprocessable,
            [FailureCodes.InvalidAwayPeriod] = FailureKind.Unprocessable,
            [FailureCodes.InvalidDefinition] = FailureKind.Unprocessable,
            [FailureCodes.InvalidSchedule] = FailureKind.Unprocessable,
            [FailureCodes.InvalidWebhook] = FailureKind.Unprocessable,
            [FailureCodes.MalformedForm] = FailureKind.BadRequest,
            [FailureCodes.MalformedJson] = FailureKind.BadRequest,
            [FailureCodes.MissingFields] = FailureKind.BadRequest,
            [FailureCodes.MissingFile] = FailureKind.BadRequest,
            [FailureCodes.NotFound] = FailureKind.NotFound,
            [FailureCodes.NotSupervisor] = FailureKind.Forbidden,
            [FailureCodes.OtherAgency] = FailureKind.Forbidden,
            [FailureCodes.SubProcessNotStartable] = FailureKind.Unprocessable,
            [FailureCodes.TooManyAwayPeriods] = FailureKind.Conflict,
            [FailureCodes.TooManyCases] = FailureKind.Unprocessable,
            [FailureCodes.UnknownDocuments] = FailureKind.Unprocessable,
            [FailureCodes.UnsupportedCharset] = FailureKind.UnsupportedMediaType,
            [FailureCodes.UnsupportedMediaType] = FailureKind.UnsupportedMediaType,
            [FailureCodes.WebhookLimit] = FailureKind.Conflict,
        };
        foreach (var code in Enum.GetValues<RejectionCode>())
        {
            kinds[FailureCodes.Of(code)] = RejectionFailures.KindOf(code);
        }

        var statuses = kinds.ToDictionary(k => k.Key, k => new[] { ProblemResults.StatusOf(k.Value) }, StringComparer.Ordinal);
        // A body the endpoint cannot bind (400) or of a content type it does not take (415) is reported by the framework.
        statuses[FailureCodes.BadRequest] = [StatusCodes.Status400BadRequest, StatusCodes.Status415UnsupportedMediaType];
        statuses[FailureCodes.Unauthenticated] = [StatusCodes.Status401Unauthorized];
        statuses[FailureCodes.DatabaseUnavailable] = [StatusCodes.Status503ServiceUnavailable];
        statuses[FailureCodes.InternalError] = [StatusCodes.Status500InternalServerError];
        return statuses.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
