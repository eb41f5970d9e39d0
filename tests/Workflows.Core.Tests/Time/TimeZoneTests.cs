using Workflows.Core.Time;
using static Workflows.Core.Tests.Time.TestCalendars;

namespace Workflows.Core.Tests.Time;

/// <summary>WIB, WITA and WIT offices keep the same local office hours at different instants.</summary>
internal sealed class TimeZoneTests
{
    [TestCase("Asia/Jakarta", 7, "2025-04-08 09:30 +07:00", "2025-04-08 02:30")]
    [TestCase("Asia/Makassar", 8, "2025-04-08 09:30 +08:00", "2025-04-08 01:30")]
    [TestCase("Asia/Jayapura", 9, "2025-04-08 09:30 +09:00", "2025-04-08 00:30")]
    public void Two_jam_from_Idulfitri_is_due_at_0930_local_in_every_zone(string zoneId, int offset, string local, string utc)
    {
        var due = Asn(zoneId).Add(At("2025-04-01 10:00", offset), new DurationAmount(2, DurationUnit.Hours));

        Assert.Multiple(() =>
        {
            Assert.That(Format(due), Is.EqualTo(local));
            Assert.That(Format(due.ToUniversalTime()), Is.EqualTo(utc + " +00:00"));
        });
    }

    [TestCase("Asia/Jakarta", "2025-01-07 16:00 +07:00")]
    [TestCase("Asia/Makassar", "2025-01-07 16:00 +08:00")]
    [TestCase("Asia/Jayapura", "2025-01-07 16:00 +09:00")]
    public void A_hari_kerja_ends_at_local_closing_time(string zoneId, string expected) =>
        Assert.That(
            Format(Asn(zoneId).Add(At("2025-01-06 03:00", 0), new DurationAmount(1, DurationUnit.WorkingDays))),
            Is.EqualTo(expected));

    [Test]
    public void The_same_instant_can_fall_on_different_local_dates()
    {
        // Sunday 23:30 WIB is already Monday 01:30 WIT, so Jayapura starts counting office time first.
        var start = At("2025-01-05 16:30", 0);
        var hour = new DurationAmount(1, DurationUnit.Hours);

        Assert.Multiple(() =>
        {
            Assert.That(Format(Asn("Asia/Jakarta").Add(start, hour)), Is.EqualTo("2025-01-06 08:30 +07:00"));
            Assert.That(Format(Asn("Asia/Jayapura").Add(start, hour)), Is.EqualTo("2025-01-06 08:30 +09:00"));
            Assert.That(Asn("Asia/Jayapura").Add(start, hour), Is.LessThan(Asn("Asia/Jakarta").Add(start, hour)));
        });
    }

    [TestCase("Asia/Jakarta", 7)]
    [TestCase("Asia/Makassar", 8)]
    [TestCase("asia/jayapura", 9)]
    public void Indonesian_zones_fall_back_to_fixed_offsets_without_tzdata(string zoneId, int offset)
    {
        var zone = WorkingCalendar.ResolveZone(zoneId, id => throw new TimeZoneNotFoundException(id));

        Assert.Multiple(() =>
        {
            Assert.That(zone.BaseUtcOffset, Is.EqualTo(TimeSpan.FromHours(offset)));
            Assert.That(zone.SupportsDaylightSavingTime, Is.False);
        });
    }

    [Test]
    public void Other_missing_zones_are_not_invented() =>
        Assert.That(
            () => WorkingCalendar.ResolveZone("Asia/Singapore", id => throw new TimeZoneNotFoundException(id)),
            Throws.TypeOf<TimeZoneNotFoundException>());

    [Test]
    public void The_system_zone_is_used_when_present() =>
        Assert.That(WorkingCalendar.ResolveZone("Asia/Jakarta").Id, Is.EqualTo("Asia/Jakarta"));
}
