namespace Workflows.Api.Idempotency;

/// <summary>
/// An endpoint whose answer holds something shown only once (a webhook's signing secret) gives the idempotency
/// middleware the answer to keep instead: the same, without it. A replay then says what it leaves out
/// (<see cref="IdempotencyMiddleware.RedactedHeader"/>), and the secret is never stored outside its own row.
/// </summary>
internal static class ReplayRedaction
{
    private static readonly object ItemKey = new();

    /// <summary>Keep <paramref name="answer"/> for replays of this request; <paramref name="removed"/> names what it lacks.</summary>
    public static void Keep(HttpContext http, object answer, string removed) => http.Items[ItemKey] = new Kept(answer, removed);

    public static Kept? Of(HttpContext http) => http.Items.TryGetValue(ItemKey, out var kept) ? kept as Kept : null;

    internal sealed record Kept(object Answer, string Removed);
}
