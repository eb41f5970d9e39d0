using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workflows.Infrastructure.Persistence;

namespace Workflows.Infrastructure.Calendars;

/// <summary>
/// Tells the administrators of each agency whose definitions use a calendar that its holiday list runs out: one
/// notification per calendar, agency and week (Monday to Sunday in the calendar's zone), however many nodes check.
/// </summary>
public sealed class CoverageNotices(WorkflowsDbContext db)
{
    /// <summary>The notification kind, for <c>GET /notifications?kind=</c>.</summary>
    public const string Kind = "calendar-coverage";

    /// <summary>Sends the notices not yet sent this week; returns how many were sent.</summary>
    public async Task<int> SendAsync(IReadOnlyList<CoverageWarning> warnings, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(warnings);
        if (warnings.Count == 0)
        {
            return 0;
        }

        var sent = 0;
        await using var work = await UnitOfWork.BeginAsync(db, cancellationToken);
        // Claimed in one order (calendar, then agency) on every node, so two nodes checking at once wait on each other's
        // claims instead of deadlocking; the loser of each claim finds the row and sends nothing.
        foreach (var warning in warnings.OrderBy(w => w.Use.Id, StringComparer.Ordinal))
        {
            foreach (var agency in warning.Use.Agencies.Order(StringComparer.Ordinal))
            {
                var claimed = await db.Database.ExecuteSqlAsync(
                    $"INSERT INTO workflows.calendar_coverage_notices (calendar_id, agency, week_start, sent_at) VALUES ({warning.Use.Id}, {agency}, {warning.WeekStart}, {now}) ON CONFLICT DO NOTHING",
                    cancellationToken);
                if (claimed == 0)
                {
                    continue;
                }

                db.Notifications.Add(new NotificationRow
                {
                    Agency = agency,
                    ToRole = NotificationAudiences.Admins,
                    Kind = Kind,
                    Text = Text(warning),
                    Detail = JsonSerializer.Serialize(new
                    {
                        agency,
                        calendar = warning.Use.Id,
                        coveredFrom = warning.Coverage.From,
                        coveredTo = warning.Coverage.To,
                        today = warning.Today,
                        daysLeft = warning.DaysLeft,
                    }),
                    CreatedAt = now,
                });
                sent++;
            }
        }

        await work.CommitAsync(cancellationToken);
        return sent;
    }

    /// <summary>The notice in Bahasa Indonesia, for the agency's administrators; dates are the calendar's own.</summary>
    private static string Text(CoverageWarning warning)
    {
        var ends = warning.DaysLeft >= 0
            ? FormattableString.Invariant($"hanya lengkap sampai {warning.Coverage.To:yyyy-MM-dd} (tinggal {warning.DaysLeft} hari lagi)")
            : FormattableString.Invariant($"hanya lengkap sampai {warning.Coverage.To:yyyy-MM-dd} (sudah lewat {-warning.DaysLeft} hari)");
        return $"Daftar hari libur kalender kerja '{warning.Use.Id}' {ends}. Tenggat yang jatuh sesudah tanggal itu hanya perkiraan "
            + "sampai hari libur nasional dan cuti bersama tahun berikutnya (SKB) ditambahkan ke kalender. Mohon minta pengelola server memperbaruinya.";
    }
}
