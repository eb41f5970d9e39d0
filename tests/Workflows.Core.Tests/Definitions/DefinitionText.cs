using System.Text;
using Workflows.Core.Definitions;
using Workflows.Core.Definitions.Validation;
using Workflows.Testing;

namespace Workflows.Core.Tests.Definitions;

/// <summary>Builds small definitions for tests: the <see cref="ContohDefinition"/> header plus the given steps.</summary>
internal static class DefinitionText
{
    public static readonly string Header = ContohDefinition.Header();

    public static readonly CompileContext Context = new(
        new HashSet<string> { "id-asn" }, new HashSet<string> { "bkpsdm-magetan.contoh", "bkpsdm-magetan.surat-keluar" });

    public static DefinitionLoadResult Load(string steps) =>
        DefinitionLoader.Load("contoh.yaml", Encoding.UTF8.GetBytes(Header + steps), Context);

    /// <summary>The line in the whole file of a line of <paramref name="steps"/> (1-based), for asserting positions.</summary>
    public static int LineOf(string steps, string text) =>
        Header.Split('\n').Length - 1 + steps.Split('\n').ToList().FindIndex(l => l.Contains(text, StringComparison.Ordinal)) + 1;
}
