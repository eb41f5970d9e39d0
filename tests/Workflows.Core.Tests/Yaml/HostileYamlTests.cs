using System.Text;
using Workflows.Core.Definitions;
using Workflows.Core.Definitions.Validation;
using Workflows.Core.Diagnostics;

namespace Workflows.Core.Tests.Yaml;

/// <summary>Whatever arrives as a definition, the answer is a clear error: never a hang, a crash or an exception.</summary>
public sealed class HostileYamlTests
{
    private static IReadOnlyList<Diagnostic> Errors(string yaml) => Errors(Encoding.UTF8.GetBytes(yaml));

    private static IReadOnlyList<Diagnostic> Errors(byte[] yaml) =>
        [.. DefinitionLoader.Load("hostile.yaml", yaml, CompileContext.Standalone).Errors];

    [Test]
    public void Alias_bomb_is_refused_as_too_many_nodes()
    {
        var yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 12; i++)
        {
            yaml.Append($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n");
        }

        var errors = Errors(yaml.ToString());

        Assert.That(errors.Single().Code, Is.EqualTo(DiagnosticCodes.InputLimit));
        Assert.That(errors.Single().Message, Does.Contain("alias bomb"));
    }

    [TestCase(100_000)]
    [TestCase(65)]
    public void Deep_flow_nesting_is_refused(int depth)
    {
        var errors = Errors(new string('[', depth) + new string(']', depth));

        Assert.That(errors.Single().Message, Does.Contain("nesting is deeper than 64"));
    }

    [Test]
    public void Deep_block_nesting_is_refused()
    {
        var yaml = new StringBuilder();
        for (var i = 0; i < 200; i++)
        {
            yaml.Append(new string(' ', i * 2)).Append("k:\n");
        }

        Assert.That(Errors(yaml.ToString()).Single().Code, Is.EqualTo(DiagnosticCodes.InputLimit));
    }

    [Test]
    public void Huge_file_is_refused_before_parsing()
    {
        var errors = Errors(new byte[2 * 1024 * 1024]);

        Assert.That(errors.Single().Message, Does.Contain("limit is 1,048,576"));
    }

    [Test]
    public void Invalid_utf8_is_refused_with_the_byte_offset()
    {
        var errors = Errors([.. "id: x\ntitle: "u8.ToArray(), 0xC3, 0x28]);

        Assert.That(errors.Single().Message, Is.EqualTo("file is not valid UTF-8 (byte 13)"));
    }

    [TestCase("steps: [unclosed", "YAML syntax error")]
    [TestCase("a: 1\n---\nb: 2\n", "exactly one YAML document")]
    [TestCase("? [a, b]\n: c\n", "mapping keys must be plain text")]
    [TestCase("x: !!python/object:os.system ls\n", "YAML tags such as")]
    [TestCase("a: *nothing\n", "refers to no complete anchor")]
    [TestCase("a: &r [*r]\n", "refers to no complete anchor")]
    [TestCase("", "file is empty")]
    [TestCase("    values: [tahunan, besar, sakit, melahirk[n, alasan_penting, bersama]\n  tanggal_mulai:", "YAML syntax error")]
    [TestCase("just text", "a definition must be a mapping")]
    [TestCase("a: b: c\n", "YAML syntax error")]
    public void Malformed_yaml_gets_a_clear_message(string yaml, string message)
    {
        var errors = Errors(yaml);

        Assert.That(errors, Is.Not.Empty);
        Assert.That(errors[0].Message, Does.Contain(message));
    }

    [Test]
    public void Syntax_error_is_located()
    {
        var error = Errors("id: a.b\ntitle: x\nsteps:\n  - id: [a\n").Single();

        Assert.That(error.Position.Line, Is.GreaterThanOrEqualTo(4));
    }

    [Test]
    public void Ten_thousand_steps_are_refused_as_too_many()
    {
        var yaml = new StringBuilder("id: a.b\ntitle: t\nagency: a\nsteps:\n");
        for (var i = 0; i < 10_000; i++)
        {
            yaml.Append($"  - {{ id: s{i}, kind: task, actor: x, next: s{i + 1} }}\n");
        }

        var errors = Errors(yaml.ToString());

        Assert.That(errors.Select(e => e.Code), Does.Contain(DiagnosticCodes.InputLimit));
    }

    /// <summary>
    /// About as many keys as the node limit lets one mapping have. Reading them once used to compare each key with
    /// all before it (about 40 s for this file); the bound is far above linear reading and far below that.
    /// </summary>
    [Test]
    [CancelAfter(20_000)]
    public async Task Mapping_with_99_000_keys_is_read_and_its_duplicate_located(CancellationToken cancellationToken)
    {
        const int keys = 99_000;
        var yaml = new StringBuilder("id: a.b\ntitle: t\nagency: a\nroles: {\n");
        for (var line = 0; line < keys / 10; line++)
        {
            yaml.Append(' ').AppendJoin(string.Empty, Enumerable.Range(line * 10, 10).Select(i => $" {Base36(i)}: x,")).Append('\n');
        }

        yaml.Append("  0: y }\nsteps:\n  - { id: mulai, kind: task, actor: '0', next: selesai }\n  - { id: selesai, kind: end }\n");
        var bytes = Encoding.UTF8.GetBytes(yaml.ToString());
        Assert.That(bytes, Has.Length.LessThan(1024 * 1024));

        var errors = await Task.Run(() => Errors(bytes), cancellationToken).WaitAsync(cancellationToken);

        var duplicate = errors.Single();
        Assert.That((duplicate.Code, duplicate.Message), Is.EqualTo((DiagnosticCodes.DuplicateKey, "duplicate key '0'")));
        Assert.That((duplicate.Position.Line, duplicate.Position.Column), Is.EqualTo((5 + (keys / 10), 3)));
    }

    private static string Base36(int value)
    {
        var digits = new StringBuilder();
        do
        {
            digits.Insert(0, "0123456789abcdefghijklmnopqrstuvwxyz"[value % 36]);
            value /= 36;
        }
        while (value > 0);
        return digits.ToString();
    }
}
