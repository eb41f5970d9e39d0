namespace Workflows.Api.Contract;

/// <summary>
/// Endpoint metadata: the list answers at most <paramref name="MaxLimit"/> items, <paramref name="DefaultLimit"/> when the
/// <c>limit</c> query parameter is not given (the handler clamps any other value into 1..max rather than refuse it).
/// With <paramref name="NextLink"/> the answer carries <c>Link: &lt;…&gt;; rel="next"</c> while more items follow.
/// </summary>
public sealed record Paging(int DefaultLimit, int MaxLimit, bool NextLink)
{
    public const string LimitParameter = "limit";
    public const string AfterParameter = "after";
    public const string LinkHeader = "Link";
}
