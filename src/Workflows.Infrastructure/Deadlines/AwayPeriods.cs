using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflows.Infrastructure.Persistence;
using Workflows.Infrastructure.Results;

namespace Workflows.Infrastructure.Deadlines;

/// <summary>
/// Out-of-office periods (dinas luar, cuti) and their delegates. A period moves <c>pause_when_away</c> deadlines and
/// hands work on, so it is recorded ahead, not after the fact (<see cref="AwayRules"/>), and every record and removal
/// leaves a line in the away audit.
/// </summary>
public sealed class AwayPeriods(WorkflowsDbContext db, AwayRules rules, IOptions<AwayOptions> options, TimeProvider time)
{
    public const string Recorded = "away-recorded";
    public const string Removed = "away-removed";

    /// <summary>
    /// Records <paramref name="period"/> for its user, who holds <paramref name="userActors"/>; the request states the
    /// actor roles of the delegate (<paramref name="delegateActors"/>), as there is no user directory to ask.
    /// </summary>
    public async Task<Outcome<AwayRow>> AddAsync(
        AwayRow period, IReadOnlySet<string> userActors, IReadOnlyList<string>? delegateActors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var now = time.GetUtcNow();
        var errors = rules.Check(period, userActors, delegateActors, now);
        if (errors.Count > 0)
        {
            return Failure.Unprocessable(FailureCodes.InvalidAwayPeriod, "The away period is not valid.", errors);
        }

        var max = options.Value.MaxPeriods;
        var open = await db.AwayPeriods.CountAsync(a => a.Agency == period.Agency && a.UserId == period.UserId && a.EndsAt > now, cancellationToken);
        if (open >= max)
        {
            return Failure.Conflict(FailureCodes.TooManyAwayPeriods,
                $"You have {open} current or coming away periods, the most allowed ({AwayOptions.Section}:MaxPeriods = {max}); remove one first.");
        }

        db.AwayPeriods.Add(period);
        db.AwayAudit.Add(AwayAuditLine.For(period, period.UserId, Recorded, delegateActors, now));
        await db.SaveChangesAsync(cancellationToken);
        return period;
    }

    public Task<List<AwayRow>> ListAsync(string agency, string user, DateTimeOffset since, CancellationToken cancellationToken) =>
        db.AwayPeriods.AsNoTracking().Where(a => a.Agency == agency && a.UserId == user && a.EndsAt > since)
            .OrderBy(a => a.StartsAt).ToListAsync(cancellationToken);

    /// <summary>Removes one of the user's periods, with its line in the away audit (in one transaction).</summary>
    public async Task<bool> RemoveAsync(Guid id, string agency, string user, CancellationToken cancellationToken)
    {
        var period = await db.AwayPeriods.FirstOrDefaultAsync(a => a.Id == id && a.Agency == agency && a.UserId == user, cancellationToken);
        if (period is null)
        {
            return false;
        }

        db.AwayPeriods.Remove(period);
        db.AwayAudit.Add(AwayAuditLine.For(period, user, Removed, null, time.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>The user's away audit, newest first.</summary>
    public Task<List<AwayAuditRow>> HistoryAsync(string agency, string user, int limit, CancellationToken cancellationToken) =>
        db.AwayAudit.AsNoTracking().Where(a => a.Agency == agency && a.UserId == user)
            .OrderByDescending(a => a.Id).Take(limit).ToListAsync(cancellationToken);

    /// <summary>
    /// Who should get work meant for <paramref name="user"/> at <paramref name="now"/>: their delegate while they are away
    /// (following a delegate who is away too, at most a few hops), otherwise the user.
    /// </summary>
    public async Task<string> StandInForAsync(string agency, string user, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { user };
        var current = user;
        for (var hop = 0; hop < 5; hop++)
        {
            var standIn = await db.AwayPeriods.AsNoTracking()
                .Where(a => a.Agency == agency && a.UserId == current && a.StartsAt <= now && a.EndsAt > now && a.Delegate != null)
                .OrderByDescending(a => a.CreatedAt).Select(a => a.Delegate).FirstOrDefaultAsync(cancellationToken);
            if (standIn is null || !seen.Add(standIn))
            {
                break;
            }

            current = standIn;
        }

        return current;
    }
}
