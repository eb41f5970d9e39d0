using System.Text.RegularExpressions;
using Workflows.Core.Definitions;
using Workflows.Core.Definitions.Validation;
using Workflows.Core.Diagnostics;

namespace Workflows.Core.Tests.Definitions;

/// <summary>The broken copy of the cuti SOP marks each expected error with an "expect:" comment on its line.</summary>
public sealed partial class BrokenDefinitionTests
{
    private static readonly CompileContext Context = new(
        new HashSet<string> { "id-asn", "id-asn-wita", "id-asn-wit" },
        new HashSet<string> { "bkpsdm-magetan.fasilitasi-izin-cuti" });

    private static DefinitionLoadResult Load() =>
        DefinitionLoader.Load("cuti-broken.yaml", File.ReadAllBytes(RepositoryPaths.Fixture("cuti-broken.yaml")), Context);

    [Test]
    public void Reports_every_expected_error_on_its_line_and_nothing_else()
    {
        var expected = File.ReadAllLines(RepositoryPaths.Fixture("cuti-broken.yaml"))
            .Select((text, index) => (Line: index + 1, Match: Expect().Match(text)))
            .Where(x => x.Match.Success)
            .SelectMany(x => x.Match.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries).Select(code => $"{x.Line}:{code}"))
            .Order()
            .ToList();

        var actual = Load().Errors.Select(e => $"{e.Position.Line}:{e.Code}").Order().ToList();

        Assert.That(actual, Is.EqualTo(expected), string.Join("\n", Load().Errors));
    }

    [Test]
    public void Covers_every_error_the_language_promises()
    {
        var codes = Load().Errors.Select(e => e.Code).ToHashSet();

        Assert.That(codes, Is.SupersetOf(new[]
        {
            DiagnosticCodes.DuplicateId, DiagnosticCodes.DuplicateKey, DiagnosticCodes.UnknownKey, DiagnosticCodes.UnknownTarget,
            DiagnosticCodes.UnreachableStep, DiagnosticCodes.EndUnreachable, DiagnosticCodes.UndeclaredActor,
            DiagnosticCodes.UndeclaredDocument, DiagnosticCodes.UndeclaredField, DiagnosticCodes.DocumentNotAvailable,
            DiagnosticCodes.TooFewOutcomes, DiagnosticCodes.UnbalancedParallel, DiagnosticCodes.BadDuration,
            DiagnosticCodes.ConditionSyntax, DiagnosticCodes.ConditionType, DiagnosticCodes.UnknownCalendar,
        }));
    }

    [Test]
    public void Yields_no_definition_when_invalid() => Assert.That(Load().Definition, Is.Null);

    [TestCase(DiagnosticCodes.UndeclaredActor, 44, 12, "actor of step 'buat-draft' 'pelaksana-tu' is not a declared role")]
    [TestCase(DiagnosticCodes.BadDuration, 37, 15, "duration of step 'periksa': unknown duration '30 menitan'")]
    [TestCase(DiagnosticCodes.ConditionType, 40, 58, "condition 'jenis_cuti == 'melahirkan'': 'melahirkan' is not a value of enum field 'jenis_cuti'")]
    [TestCase(DiagnosticCodes.DuplicateId, 88, 9, "step id 'selesai' is already used at line 86")]
    public void Points_at_the_offending_text(string code, int line, int column, string messageStart)
    {
        var error = Load().Errors.Single(e => e.Code == code && e.Position.Line == line);

        Assert.Multiple(() =>
        {
            Assert.That(error.Position.Column, Is.EqualTo(column));
            Assert.That(error.Message, Does.StartWith(messageStart));
            Assert.That(error.ToString(), Does.StartWith($"cuti-broken.yaml:{line}:{column}: "));
        });
    }

    [GeneratedRegex("#\\s*expect:\\s*([A-Z0-9, ]+)")]
    private static partial Regex Expect();
}
