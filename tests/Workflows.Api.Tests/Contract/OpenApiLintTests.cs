using System.Text.RegularExpressions;

namespace Workflows.Api.Tests.Contract;

/// <summary>
/// The served document passes Redocly's recommended rules with no error or warning beyond those listed, each with its
/// reason, in <c>tools/openapi/.redocly.lint-ignore.yaml</c>; and openapi-typescript types every request and answer.
/// </summary>
public sealed partial class OpenApiLintTests
{
    [Test]
    public async Task The_served_document_passes_the_recommended_lint()
    {
        var document = await OpenApiTools.ServedDocumentAsync("served-v1.json");
        // Redocly reads the ignore file from its working directory, tools/openapi.
        var (exit, output) = await OpenApiTools.RunAsync("redocly", "lint", Path.GetFileName(document), "--extends=recommended", "--format=stylish", "--max-problems=200");
        Assert.That(exit, Is.Zero, output);
        Assert.That(Warnings().IsMatch(output), Is.False, output);
    }

    /// <summary>Header maps (<c>headers: { [name: string]: unknown }</c>) are how openapi-typescript leaves room for undeclared headers, not a body type.</summary>
    [Test]
    public async Task Generated_typescript_has_no_unknown_request_or_answer()
    {
        var document = await OpenApiTools.ServedDocumentAsync("served-types.json");
        var types = Path.ChangeExtension(document, ".ts");
        var (exit, output) = await OpenApiTools.RunAsync("openapi-typescript", document, "-o", types);
        Assert.That(exit, Is.Zero, output);
        var lines = (await File.ReadAllLinesAsync(types)).Select((text, index) => (Text: text, Line: index + 1))
            .Where(l => UnknownType().IsMatch(l.Text) && !l.Text.Contains("[name: string]: unknown", StringComparison.Ordinal)).Select(l => $"{l.Line}: {l.Text.Trim()}").ToList();
        Assert.That(lines, Is.Empty, "openapi-typescript typed these as unknown:\n" + string.Join("\n", lines));
    }

    [GeneratedRegex(@"(?<![-\w""])unknown(?![-\w""])")]
    private static partial Regex UnknownType();

    [GeneratedRegex(@"\d+ warnings?\b(?<!\b0 warnings)")]
    private static partial Regex Warnings();
}
