using System.Collections.Frozen;
using Workflows.Api.Problems;
using Workflows.Core.Runtime;
using Workflows.Infrastructure.Results;
using Workflows.Infrastructure.Runtime;

namespace Workflows.Api.Contract;

/// <summary>
/// The HTTP status each problem <c>code</c> is answered with, so the OpenAPI document files a code under the status it
/// really comes with. Engine rejections take theirs from <see cref="RejectionFailures"/> and every kind from
/// <see cref="ProblemResults.StatusOf"/>, the services' codes from the kind marked on them in <see cref="FailureCodes"/>;
/// the web host's own codes are listed here.
/// </summary>
public static class ProblemStatuses
{
    private static readonly FrozenDictionary<string, int[]> Statuses = Build();

    /// <summary>The statuses a code is answered with (one, except <c>bad-request</c>, the catch-all of unreadable requests).</summary>
    public static IReadOnlyList<int> Of(string code) =>
        Statuses.TryGetValue(code, out var statuses) ? statuses : throw new ArgumentException($"The problem code '{code}' has no status: mark it with [AnsweredAs] in {nameof(FailureCodes)}.", nameof(code));

    /// <summary>Every code with a status: the test checks this is <see cref="FailureCodes.All"/>.</summary>
    public static IEnumerable<string> Codes => Statuses.Keys;

    private static FrozenDictionary<string, int[]> Build()
    {
        var kinds = new Dictionary<string, FailureKind>(FailureCodes.Kinds, StringComparer.Ordinal);
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
