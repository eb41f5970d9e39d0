namespace Workflows.Core.Time;

/// <summary>
/// Office hours that replace the weekly ones from <see cref="From"/> to <see cref="To"/>, both inclusive.
/// Exists for Ramadan, when Perpres 21/2023 shortens the ASN week to 32.5 jam; its dates follow the
/// government's isbat each year, so they are data, not code.
/// </summary>
public sealed record HoursPeriod(string Name, DateOnly From, DateOnly To, WeeklyHours Hours)
{
    public bool Contains(DateOnly date) => From <= date && date <= To;
}
