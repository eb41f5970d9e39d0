using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflows.Api.Auth;
using Workflows.Api.Contract;
using Workflows.Api.Problems;
using Workflows.Api.Views;
using Workflows.Core.Definitions.Json;
using Workflows.Core.Diagnostics;
using Workflows.Infrastructure.Definitions;
using Workflows.Infrastructure.Results;
using Workflows.Infrastructure.Scheduling;

namespace Workflows.Api.Endpoints;

/// <summary>Administrators: read, validate, create draft versions, publish and retire definitions.</summary>
public static class DefinitionsApi
{
    public static IEndpointRouteBuilder MapDefinitionsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/definitions").WithTags("Definitions").RequireAuthorization();
        group.MapGet("/", ListAsync).Operation("listDefinitions", "List definitions", "Definitions of my agency (all agencies for a platform administrator).");
        group.MapGet("/{id}", GetAsync).Operation("getDefinition", "Get a definition", "A definition with its versions.").Problems(FailureCodes.NotFound);
        group.MapGet("/{id}/versions/{version:int}", GetVersionAsync).Operation("getDefinitionVersion", "Get a definition version", "One version: its YAML and compiled form.").Problems(FailureCodes.NotFound);
        group.MapPost("/validate", ValidateAsync).RequireAuthorization(Policies.Admin).WithMetadata(RequestBodies.YamlLimit)
            .Operation("validateDefinition", "Validate a YAML definition", "Validate a YAML definition; same messages and positions as `workflows validate`.").Problems(FailureCodes.UnsupportedMediaType, FailureCodes.DefinitionTooLarge);
        group.MapPost("/", CreateAsync).RequireAuthorization(Policies.Admin).WithMetadata(RequestBodies.YamlLimit).Operation("createDefinitionVersion", "Create a draft definition version", "Create a new draft version from a YAML body.").Problems(FailureCodes.UnsupportedMediaType, FailureCodes.DefinitionTooLarge, FailureCodes.InvalidDefinition, FailureCodes.OtherAgency);
        group.MapPost("/{id}/versions/{version:int}/publish", PublishAsync).RequireAuthorization(Policies.Admin)
            .Operation("publishDefinitionVersion", "Publish a definition version", "Publish a version: new instances start on it; running instances stay on theirs.").Problems(FailureCodes.NotFound, FailureCodes.OtherAgency, FailureCodes.DefinitionRetired, FailureCodes.InvalidSchedule);
        group.MapPost("/{id}/retire", RetireAsync).RequireAuthorization(Policies.Admin).Operation("retireDefinition", "Retire a definition", "Retire: no new instances; running ones go on.").Problems(FailureCodes.NotFound, FailureCodes.OtherAgency);
        return routes;
    }

    private static async Task<Ok<List<DefinitionView>>> ListAsync(HttpContext http, DefinitionVersions definitions, CancellationToken ct) =>
        TypedResults.Ok((await definitions.ListAsync(Caller.From(http.User).Scope, ct)).Select(d => DefinitionView.From(d)).ToList());

    private static async Task<Results<Ok<DefinitionView>, ProblemHttpResult>> GetAsync(
        string id, HttpContext http, DefinitionVersions definitions, ScheduleSync schedules, CancellationToken ct)
    {
        var row = await definitions.FindAsync(id, Caller.From(http.User).Scope, ct);
        return row is null
            ? ProblemResults.From(Infrastructure.Results.Failure.NotFound($"There is no definition '{id}'."))
            : TypedResults.Ok(DefinitionView.From(row, await definitions.VersionsAsync(id, ct), await schedules.StatusAsync(id, ct)));
    }

    private static async Task<Results<Ok<VersionView>, ProblemHttpResult>> GetVersionAsync(string id, int version, HttpContext http, DefinitionVersions definitions, CancellationToken ct)
    {
        var row = await definitions.FindAsync(id, Caller.From(http.User).Scope, ct);
        var versionRow = row is null ? null : (await definitions.VersionsAsync(id, ct)).FirstOrDefault(v => v.Version == version);
        if (versionRow is null)
        {
            return ProblemResults.From(Infrastructure.Results.Failure.NotFound($"Definition '{id}' has no version {version}."));
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            DefinitionJsonWriter.Write(writer, definitions.Compiled(versionRow));
        }

        return TypedResults.Ok(VersionView.From(versionRow, JsonNode.Parse(buffer.WrittenSpan), withYaml: true));
    }

    private static async Task<Results<Ok<ValidationView>, ProblemHttpResult>> ValidateAsync(
        HttpRequest request, DefinitionVersions definitions, string? file, CancellationToken ct)
    {
        var yaml = await RequestBodies.ReadYamlAsync(request, ct);
        if (!yaml.Succeeded)
        {
            return ProblemResults.From(yaml.Failure);
        }

        var result = await definitions.ValidateAsync(yaml.Value, file ?? "definition.yaml", ct);
        return TypedResults.Ok(ValidationView.From(result.Definition?.Id, [.. result.Errors], [.. result.Warnings]));
    }

    private static async Task<Results<Created<VersionView>, ProblemHttpResult>> CreateAsync(
        HttpRequest request, HttpContext http, DefinitionVersions definitions, string? file, CancellationToken ct)
    {
        var yaml = await RequestBodies.ReadYamlAsync(request, ct);
        if (!yaml.Succeeded)
        {
            return ProblemResults.From(yaml.Failure);
        }

        var caller = Caller.From(http.User);
        var created = await definitions.CreateAsync(yaml.Value, file ?? "definition.yaml", caller.UserId, caller.Scope, ct);
        return created.Succeeded
            ? TypedResults.Created($"/definitions/{created.Value.DefinitionId}/versions/{created.Value.Version}", VersionView.From(created.Value))
            : ProblemResults.From(created.Failure);
    }

    private static async Task<Results<Ok<VersionView>, ProblemHttpResult>> PublishAsync(
        string id, int version, HttpContext http, DefinitionVersions definitions, ScheduleSync schedules, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var published = await definitions.PublishAsync(id, version, caller.UserId, caller.Scope, ct);
        if (!published.Succeeded)
        {
            return ProblemResults.From(published.Failure);
        }

        // The published version's schedule (or its absence) replaces the previous one's. The publish is committed, so a
        // schedule the scheduler refuses is reported with the version (and on the definition), not answered with a 500.
        var schedule = await schedules.SyncAsync(id, ct);
        return TypedResults.Ok(VersionView.From(published.Value) with { Schedule = ScheduleView.From(schedule) });
    }

    private static async Task<Results<Ok<DefinitionView>, ProblemHttpResult>> RetireAsync(
        string id, HttpContext http, DefinitionVersions definitions, ScheduleSync schedules, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var retired = await definitions.RetireAsync(id, caller.UserId, caller.Scope, ct);
        if (!retired.Succeeded)
        {
            return ProblemResults.From(retired.Failure);
        }

        var schedule = await schedules.SyncAsync(id, ct);
        return TypedResults.Ok(DefinitionView.From(retired.Value, schedule: schedule));
    }
}

