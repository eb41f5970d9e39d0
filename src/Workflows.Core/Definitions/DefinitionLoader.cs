using Workflows.Core.Definitions.V1;
using Workflows.Core.Definitions.Validation;
using Workflows.Core.Diagnostics;
using Workflows.Core.Yaml;

namespace Workflows.Core.Definitions;

/// <summary>The one entry point from definition text to a compiled definition, shared by the CLI and the server.</summary>
public static class DefinitionLoader
{
    public static DefinitionLoadResult Load(string file, ReadOnlySpan<byte> yaml, CompileContext context)
    {
        var bag = new DiagnosticBag(file);
        var root = YamlTreeReader.Read(yaml, bag);
        var dto = root is null ? null : DefinitionReaderV1.Read(root, bag);
        var definition = dto is null ? null : DefinitionCompiler.Compile(dto, context, bag);
        return new DefinitionLoadResult(file, bag.HasErrors ? null : definition, bag.Sorted());
    }

    /// <summary>Reads just the <c>id</c> of a definition file, for building the catalogue that call steps are checked against.</summary>
    public static string? PeekId(ReadOnlySpan<byte> yaml) => PeekLocatedId(yaml)?.Value;

    public static Located<string>? PeekLocatedId(ReadOnlySpan<byte> yaml) => YamlTopLevelPeek.Find(yaml, "id");
}
