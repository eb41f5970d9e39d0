using Workflows.Core.Time;

namespace Workflows.Core.Tests.Time;

internal sealed class WeeklyHoursTests
{
    private static TimeRange Range(int startHour, int startMinute, int endHour, int endMinute) =>
        new(new TimeOnly(startHour, startMinute), new TimeOnly(endHour, endMinute));

    private static WeeklyHours Monday(params TimeRange[] ranges) =>
        new(new Dictionary<DayOfWeek, IReadOnlyList<TimeRange>> { [DayOfWeek.Monday] = ranges });

    [Test]
    public void Asn_default_week_is_thirty_seven_and_a_half_jam_as_in_Perpres_21_2023() =>
        Assert.That(WeeklyHours.AsnDefault.TotalPerWeek, Is.EqualTo(TimeSpan.FromHours(37.5)));

    [Test]
    public void Asn_default_has_the_longer_Friday_break_and_later_Friday_closing() =>
        Assert.Multiple(() =>
        {
            Assert.That(WeeklyHours.AsnDefault.On(DayOfWeek.Monday), Is.EqualTo(new[] { Range(7, 30, 12, 0), Range(13, 0, 16, 0) }));
            Assert.That(WeeklyHours.AsnDefault.On(DayOfWeek.Friday), Is.EqualTo(new[] { Range(7, 30, 11, 30), Range(13, 0, 16, 30) }));
            Assert.That(WeeklyHours.AsnDefault.On(DayOfWeek.Saturday), Is.Empty);
            Assert.That(WeeklyHours.AsnDefault.On(DayOfWeek.Sunday), Is.Empty);
        });

    [Test]
    public void Asn_ramadan_opens_at_0800_with_a_half_hour_break() =>
        Assert.Multiple(() =>
        {
            Assert.That(WeeklyHours.AsnRamadan.On(DayOfWeek.Thursday), Is.EqualTo(new[] { Range(8, 0, 12, 0), Range(12, 30, 15, 0) }));
            Assert.That(WeeklyHours.AsnRamadan.On(DayOfWeek.Friday), Is.EqualTo(new[] { Range(8, 0, 11, 30), Range(12, 30, 15, 30) }));
        });

    [Test]
    public void An_interval_that_does_not_start_before_it_ends_is_rejected() =>
        Assert.That(() => Monday(Range(12, 0, 11, 0)), Throws.ArgumentException.With.Message.Contains("Monday").And.Message.Contains("12:00–11:00"));

    [Test]
    public void An_empty_interval_is_rejected() =>
        Assert.That(() => Monday(Range(9, 0, 9, 0)), Throws.ArgumentException);

    [Test]
    public void Overlapping_intervals_are_rejected() =>
        Assert.That(() => Monday(Range(7, 30, 12, 0), Range(11, 0, 16, 0)), Throws.ArgumentException.With.Message.Contains("overlap"));

    [Test]
    public void Intervals_out_of_order_are_rejected() =>
        Assert.That(() => Monday(Range(13, 0, 16, 0), Range(7, 30, 12, 0)), Throws.ArgumentException.With.Message.Contains("order"));

    [Test]
    public void Touching_intervals_are_allowed() =>
        Assert.That(Monday(Range(8, 0, 12, 0), Range(12, 0, 16, 0)).TotalPerWeek, Is.EqualTo(TimeSpan.FromHours(8)));

    [Test]
    public void A_day_that_is_not_a_day_of_the_week_is_rejected() =>
        Assert.That(
            () => new WeeklyHours(new Dictionary<DayOfWeek, IReadOnlyList<TimeRange>> { [(DayOfWeek)7] = [Range(8, 0, 9, 0)] }),
            Throws.ArgumentException);

    [Test]
    public void Changing_the_source_list_later_does_not_change_the_hours()
    {
        var ranges = new List<TimeRange> { Range(8, 0, 12, 0) };
        var hours = new WeeklyHours(new Dictionary<DayOfWeek, IReadOnlyList<TimeRange>> { [DayOfWeek.Monday] = ranges });
        ranges.Add(Range(13, 0, 16, 0));

        Assert.That(hours.On(DayOfWeek.Monday), Has.Count.EqualTo(1));
    }
}
