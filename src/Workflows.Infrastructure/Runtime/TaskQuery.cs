namespace Workflows.Infrastructure.Runtime;

/// <summary>
/// An inbox query. <see cref="Scope"/>: <c>mine</c> (claimed by me), <c>roles</c> (claimed by me or offered to one of
/// my actor roles; the default) or <c>all</c> (the agency's, for supervisors and administrators).
/// </summary>
public sealed record TaskQuery(
    string Scope,
    string Status,
    bool? Overdue,
    string? Definition,
    DateTimeOffset? DueBefore,
    int Limit)
{
    public const int MaxLimit = 500;
}
