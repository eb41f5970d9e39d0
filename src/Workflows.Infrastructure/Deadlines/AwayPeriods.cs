using Microsoft.EntityFrameworkCore;
using Workflows.Infrastructure.Persistence;
using Workflows.Infrastructure.Results;

namespace Workflows.Infrastructure.Deadlines;

/// <summary>Out-of-office periods (dinas luar, cuti) and their delegates.</summary>
public sealed class AwayPeriods(WorkflowsDbContext db)
{
    public static readonly string[] Kinds = ["dinas-luar", "cuti", "lainnya"];

    /// <summary>Longest period one entry may cover.</summary>
    public static readonly TimeSpan MaxLength = TimeSpan.FromDays(366);

    public async Task<Outcome<AwayRow>> AddAsync(AwayRow period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var errors = new List<string>();
        if (period.EndsAt <= period.StartsAt)
        {
            errors.Add("end: must be after start");
        }
        else if (period.EndsAt - period.StartsAt > MaxLength)
        {
            errors.Add($"end: a period is at most {MaxLength.TotalDays:0} days long");
        }

        if (!Kinds.Contains(period.Kind))
        {
            errors.Add($"kind: must be one of {string.Join(", ", Kinds)}");
        }

        if (period.Delegate == period.UserId)
        {
            errors.Add("delegate: must be someone else");
        }

        if (errors.Count > 0)
        {
            return Failure.Unprocessable("invalid-away-period", "The away period is not valid.", errors);
        }

        db.AwayPeriods.Add(period);
        await db.SaveChangesAsync(cancellationToken);
        return period;
    }

    public Task<List<AwayRow>> ListAsync(string agency, string user, DateTimeOffset since, CancellationToken cancellationToken) =>
        db.AwayPeriods.AsNoTracking().Where(a => a.Agency == agency && a.UserId == user && a.EndsAt > since)
            .OrderBy(a => a.StartsAt).ToListAsync(cancellationToken);

    public async Task<bool> RemoveAsync(Guid id, string agency, string user, CancellationToken cancellationToken) =>
        await db.AwayPeriods.Where(a => a.Id == id && a.Agency == agency && a.UserId == user).ExecuteDeleteAsync(cancellationToken) > 0;

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
