namespace Workflows.Core.Access;

/// <summary>Who a local token is for: a user of one agency, with platform roles and workflow actors.</summary>
/// <param name="User">Becomes <c>sub</c>.</param>
/// <param name="Agency">The agency the user works for; becomes <c>agency</c>.</param>
public sealed record TokenRequest(string User, string Agency)
{
    public const string DefaultRole = "staff";

    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(8);

    /// <summary>Platform roles such as <c>staff</c> or <c>admin</c>; always written as a JSON array.</summary>
    public IReadOnlyList<string> Roles { get; init; } = [DefaultRole];

    /// <summary>Workflow actors (<c>analis-kepegawaian</c>, <c>kepala-bidang</c>); always written as a JSON array, possibly empty.</summary>
    public IReadOnlyList<string> Actors { get; init; } = [];

    /// <summary>Display name; the <c>name</c> claim is left out when this is null.</summary>
    public string? Name { get; init; }

    /// <summary>Time from issue to <c>exp</c>; must be positive.</summary>
    public TimeSpan Lifetime { get; init; } = DefaultLifetime;
}
