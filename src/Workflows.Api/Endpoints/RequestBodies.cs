using Workflows.Api.Problems;
using Workflows.Infrastructure.Results;

namespace Workflows.Api.Endpoints;

/// <summary>Reads a raw request body (definition YAML) with a size limit and an allowed set of content types.</summary>
internal static class RequestBodies
{
    /// <summary>Matches the definition reader's own limit, plus room for a BOM.</summary>
    public const int MaxYamlBytes = 1024 * 1024 + 16;

    /// <summary>The YAML endpoints' body limit, in place of the JSON one, so the reader below can name a definition as too large.</summary>
    public static readonly BodyLimit YamlLimit = new(MaxYamlBytes + 1);

    private static readonly string[] YamlTypes = ["application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml", "text/plain"];

    public static async Task<Outcome<byte[]>> ReadYamlAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var mediaType = request.ContentType?.Split(';')[0].Trim();
        if (mediaType is null || !YamlTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase))
        {
            return new Failure(FailureKind.UnsupportedMediaType, FailureCodes.UnsupportedMediaType,
                $"Send the definition as YAML ({string.Join(", ", YamlTypes)}), not '{mediaType ?? "no content type"}'.", []);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxYamlBytes)
            {
                return new Failure(FailureKind.TooLarge, FailureCodes.DefinitionTooLarge, "A definition may be at most 1 MiB.", []);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
