namespace Workflows.Api.Views;

/// <summary>An instant written with the offset of an instance's calendar zone (the same instant, told in local time).</summary>
internal static class ZonedTime
{
    public static DateTimeOffset In(this DateTimeOffset instant, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(instant, zone);

    public static DateTimeOffset? In(this DateTimeOffset? instant, TimeZoneInfo zone) => instant is { } value ? value.In(zone) : null;
}
