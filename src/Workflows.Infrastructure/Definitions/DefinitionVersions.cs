using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflows.Core.Definitions;
using Workflows.Core.Definitions.Validation;
using Workflows.Core.Diagnostics;
using Workflows.Infrastructure.Persistence;
using Workflows.Infrastructure.Results;
using Workflows.Infrastructure.Scheduling;

namespace Workflows.Infrastructure.Definitions;

/// <summary>
/// Administrators' operations on definitions: validate, create a draft version, publish, retire, read. Versions are
/// immutable; publishing one makes it the version new instances start on, and running instances stay on theirs.
/// <c>agency</c> is the caller's agency, or null for a platform administrator who sees every agency.
/// </summary>
public sealed class DefinitionVersions(WorkflowsDbContext db, DefinitionCatalog catalog, TimeProvider time, IOptions<ScheduleOptions> schedules)
{
    /// <summary>How schedules are judged now: the server's minimum interval, and "fires again" from this moment.</summary>
    internal ScheduleRules ScheduleRules => new(schedules.Value.MinimumInterval, time.GetUtcNow());

    public async Task<DefinitionLoadResult> ValidateAsync(byte[] yaml, string file, CancellationToken cancellationToken) =>
        catalog.Compile(file, yaml, await KnownIdsAsync(cancellationToken), ScheduleRules);

    public async Task<Outcome<DefinitionVersionRow>> CreateAsync(byte[] yaml, string file, string user, string? agency, CancellationToken cancellationToken)
    {
        var result = await ValidateAsync(yaml, file, cancellationToken);
        if (result.Definition is not { } definition)
        {
            return Failure.Unprocessable(FailureCodes.InvalidDefinition, $"The definition has {result.Errors.Count()} error(s).", result.Errors.Select(e => e.ToString()))
                with
            { Diagnostics = [.. result.Diagnostics] };
        }

        if (agency is not null && definition.Agency != agency)
        {
            return new Failure(FailureKind.Forbidden, FailureCodes.OtherAgency, $"The definition belongs to agency '{definition.Agency}', not to yours ('{agency}').", []);
        }

        var row = await db.Definitions.FindAsync([definition.Id], cancellationToken);
        if (row is null)
        {
            row = new DefinitionRow { Id = definition.Id, Agency = definition.Agency, Title = definition.Title, CreatedAt = time.GetUtcNow() };
            db.Definitions.Add(row);
        }
        else if (row.Agency != definition.Agency)
        {
            return Failure.Conflict(FailureCodes.AgencyChanged, $"Definition '{row.Id}' belongs to agency '{row.Agency}'; a new version cannot move it to '{definition.Agency}'.");
        }

        var latest = await db.DefinitionVersions.Where(v => v.DefinitionId == definition.Id).MaxAsync(v => (int?)v.Version, cancellationToken) ?? 0;
        var version = NewVersion(definition, latest + 1, yaml, user);
        db.DefinitionVersions.Add(version);
        await db.SaveChangesAsync(cancellationToken);
        return version;
    }

    /// <summary>
    /// Adds, unsaved, a definition new to the database with <paramref name="definition"/> as its version 1, published:
    /// the rows creating and publishing it through the API would leave, for the importer's single save.
    /// </summary>
    internal DefinitionVersionRow AddPublished(WorkflowDefinition definition, byte[] yaml, string user)
    {
        var now = time.GetUtcNow();
        var version = NewVersion(definition, 1, yaml, user);
        version.Status = VersionStatus.Published;
        version.PublishedAt = now;
        version.PublishedBy = user;
        db.Definitions.Add(new DefinitionRow { Id = definition.Id, Agency = definition.Agency, Title = definition.Title, CreatedAt = now, PublishedVersion = 1 });
        db.DefinitionVersions.Add(version);
        return version;
    }

    private DefinitionVersionRow NewVersion(WorkflowDefinition definition, int number, byte[] yaml, string user) => new()
    {
        DefinitionId = definition.Id,
        Version = number,
        Status = VersionStatus.Draft,
        Title = definition.Title,
        // The loader accepted the bytes, so they are valid UTF-8.
        Yaml = Encoding.UTF8.GetString(yaml),
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(yaml)),
        CreatedBy = user,
        CreatedAt = time.GetUtcNow(),
    };

    public async Task<Outcome<DefinitionVersionRow>> PublishAsync(string id, int version, string user, string? agency, CancellationToken cancellationToken)
    {
        var definition = await FindAsync(id, agency, cancellationToken);
        var row = definition is null ? null : await db.DefinitionVersions.FindAsync([id, version], cancellationToken);
        if (definition is null || row is null)
        {
            return Failure.NotFound($"Definition '{id}' has no version {version}.");
        }

        if (definition.RetiredAt is not null)
        {
            return Failure.Conflict(FailureCodes.DefinitionRetired, $"Definition '{id}' is retired; it cannot publish versions.");
        }

        // A draft's schedule may have run out of fire times since it was written: judged again before anything is committed.
        var judged = catalog.Compile($"{id}@{version}", Encoding.UTF8.GetBytes(row.Yaml), await KnownIdsAsync(cancellationToken), ScheduleRules);
        var scheduleErrors = judged.Errors.Where(e => e.Code == DiagnosticCodes.BadSchedule).ToList();
        if (scheduleErrors.Count > 0)
        {
            return Failure.Unprocessable(FailureCodes.InvalidSchedule, $"Version {version} of '{id}' has a schedule that cannot be scheduled now.", scheduleErrors.Select(e => e.ToString()))
                with
            { Diagnostics = scheduleErrors };
        }

        if (definition.PublishedVersion is { } current && current != version)
        {
            var previous = await db.DefinitionVersions.FindAsync([id, current], cancellationToken);
            previous!.Status = VersionStatus.Superseded;
        }

        row.Status = VersionStatus.Published;
        row.PublishedAt = time.GetUtcNow();
        row.PublishedBy = user;
        definition.PublishedVersion = version;
        definition.Title = row.Title;
        await db.SaveChangesAsync(cancellationToken);
        return row;
    }

    public async Task<Outcome<DefinitionRow>> RetireAsync(string id, string user, string? agency, CancellationToken cancellationToken)
    {
        var definition = await FindAsync(id, agency, cancellationToken);
        if (definition is null)
        {
            return Failure.NotFound($"There is no definition '{id}'.");
        }

        if (definition.RetiredAt is null)
        {
            definition.RetiredAt = time.GetUtcNow();
            definition.RetiredBy = user;
            await db.SaveChangesAsync(cancellationToken);
        }

        return definition;
    }

    public Task<DefinitionRow?> FindAsync(string id, string? agency, CancellationToken cancellationToken) =>
        db.Definitions.FirstOrDefaultAsync(d => d.Id == id && (agency == null || d.Agency == agency), cancellationToken);

    public Task<List<DefinitionRow>> ListAsync(string? agency, CancellationToken cancellationToken) =>
        db.Definitions.AsNoTracking().Where(d => agency == null || d.Agency == agency).OrderBy(d => d.Id).ToListAsync(cancellationToken);

    public Task<List<DefinitionVersionRow>> VersionsAsync(string id, CancellationToken cancellationToken) =>
        db.DefinitionVersions.AsNoTracking().Where(v => v.DefinitionId == id).OrderBy(v => v.Version).ToListAsync(cancellationToken);

    /// <summary>The compiled form of one stored version.</summary>
    public WorkflowDefinition Compiled(DefinitionVersionRow version) => catalog.Get(version.DefinitionId, version.Version, version.Yaml);

    /// <summary>The compiled form of version <paramref name="version"/> of <paramref name="id"/>; its YAML is read only the first time.</summary>
    public async Task<WorkflowDefinition> CompiledAsync(string id, int version, CancellationToken cancellationToken) =>
        catalog.TryGet(id, version, out var cached) ? cached : Compiled(await VersionAsync(id, version, cancellationToken));

    private Task<DefinitionVersionRow> VersionAsync(string id, int version, CancellationToken cancellationToken) =>
        db.DefinitionVersions.AsNoTracking().FirstAsync(v => v.DefinitionId == id && v.Version == version, cancellationToken);

    /// <summary>The number of the version new instances of <paramref name="id"/> start on, or why none can start.</summary>
    public async Task<Outcome<int>> StartableAsync(string id, string? agency, CancellationToken cancellationToken)
    {
        var definition = await FindAsync(id, agency, cancellationToken);
        if (definition is null)
        {
            return Failure.NotFound($"There is no definition '{id}'.");
        }

        if (definition.RetiredAt is not null)
        {
            return Failure.Conflict(FailureCodes.DefinitionRetired, $"Definition '{id}' was retired on {definition.RetiredAt:yyyy-MM-dd}; no new instances start on it.");
        }

        if (definition.PublishedVersion is not { } version)
        {
            return Failure.Conflict(FailureCodes.DefinitionNotPublished, $"Definition '{id}' has no published version yet.");
        }

        return version;
    }

    private async Task<IReadOnlySet<string>> KnownIdsAsync(CancellationToken cancellationToken) =>
        KnownIds(await db.Definitions.Select(d => d.Id).ToListAsync(cancellationToken));

    /// <summary>What <c>call</c> steps may name: the stored definitions and those of the workflows folder.</summary>
    internal IReadOnlySet<string> KnownIds(IEnumerable<string> stored)
    {
        var ids = stored.ToHashSet(StringComparer.Ordinal);
        ids.UnionWith(catalog.Folder.Context.Definitions ?? new HashSet<string>());
        return ids;
    }
}
