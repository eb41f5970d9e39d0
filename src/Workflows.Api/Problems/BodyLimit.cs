using Microsoft.AspNetCore.Http.Metadata;

namespace Workflows.Api.Problems;

/// <summary>
/// Endpoint metadata for a body that is not JSON and has a limit of its own (document uploads, definition YAML);
/// every other endpoint takes at most <c>Workflows:MaxJsonBodyBytes</c>.
/// </summary>
internal sealed record BodyLimit(long? MaxRequestBodySize) : IRequestSizeLimitMetadata;
