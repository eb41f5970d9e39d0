using Workflows.Core.Diagnostics;

namespace Workflows.Core.Tests.Definitions;

/// <summary>One rule at a time, on the smallest definition that breaks it.</summary>
public sealed class ValidationRuleTests
{
    private const string End = "  - id: selesai\n    kind: end\n";

    [TestCase("  - id: a\n    kind: task\n    actor: analis\n    outcomes: { x: selesai, y: selesai }\n    next: selesai\n",
        DiagnosticCodes.StepShape, "'outcomes' does not apply to task step 'a'")]
    [TestCase("  - id: a\n    kind: task\n    next: selesai\n", DiagnosticCodes.StepShape, "task step 'a' needs an 'actor'")]
    [TestCase("  - id: a\n    kind: task\n    actor: analis\n", DiagnosticCodes.StepShape, "task step 'a' needs 'next'")]
    [TestCase("  - id: a\n    kind: loop\n    next: selesai\n", DiagnosticCodes.StepShape, "step 'a' has unknown kind 'loop'")]
    [TestCase("  - id: a\n    kind: wait\n    duration: 2 hari\n    until: tanggal_selesai\n    next: selesai\n",
        DiagnosticCodes.StepShape, "wait step 'a' needs exactly one of 'duration' or 'until'")]
    [TestCase("  - id: a\n    kind: wait\n    until: semester\n    next: selesai\n", DiagnosticCodes.WrongType, "'semester', which is not a date field")]
    [TestCase("  - id: a\n    kind: receive\n    next: selesai\n", DiagnosticCodes.StepShape, "receive step 'a' needs 'from'")]
    [TestCase("  - id: a\n    kind: call\n    definition: bkpsdm-magetan.tidak-ada\n    next: selesai\n",
        DiagnosticCodes.UnknownDefinition, "calls 'bkpsdm-magetan.tidak-ada', which is not a known definition")]
    [TestCase("  - id: A B\n    kind: end\n", DiagnosticCodes.InvalidId, "step id 'A B' must be lowercase")]
    [TestCase("  - id: a\n    kind: decision\n    actor: analis\n    outcomes: { ok: selesai, lagi: {} }\n",
        DiagnosticCodes.StepShape, "outcome 'lagi' of step 'a' needs 'next'")]
    [TestCase("  - id: a\n    kind: task\n    actor: analis\n    next:\n      - { to: selesai, when: \"semester.length > 1\" }\n      - selesai\n",
        DiagnosticCodes.ConditionSyntax, "condition 'semester.length > 1'")]
    [TestCase("  - id: a\n    kind: task\n    actor: analis\n    duration: 5 (lima) windu\n    next: selesai\n",
        DiagnosticCodes.BadDuration, "duration of step 'a': unknown duration '5 (lima) windu'")]
    public void Reports(string steps, string code, string message)
    {
        var errors = DefinitionText.Load(steps + End).Errors.ToList();

        Assert.That(errors.Select(e => (e.Code, Fits: e.Message.Contains(message, StringComparison.Ordinal))), Does.Contain((code, true)),
            string.Join("\n", errors));
    }

    [TestCase("(a)\\1", "uses backreferences or lookarounds")]
    [TestCase("[unclosed", "is not a valid regular expression")]
    public void Reports_bad_patterns(string pattern, string message)
    {
        var yaml = DefinitionText.Header.Replace("semester: int", $"nama: {{ type: string, pattern: '{pattern}' }}\n  semester: int", StringComparison.Ordinal);
        var result = Workflows.Core.Definitions.DefinitionLoader.Load("x.yaml", System.Text.Encoding.UTF8.GetBytes(yaml + End), DefinitionText.Context);

        Assert.That(result.Errors.Single(), Has.Property("Code").EqualTo(DiagnosticCodes.WrongType).And.Property("Message").Contains(message));
    }

    [Test]
    public void Parallel_branches_that_share_a_step_are_unbalanced()
    {
        const string steps = """
              - id: p
                kind: parallel
                branches: [a, b]
                join: j
              - id: a
                kind: task
                actor: analis
                next: bersama
              - id: b
                kind: task
                actor: analis
                next: bersama
              - id: bersama
                kind: task
                actor: analis
                next: j
              - id: j
                kind: task
                actor: analis
                next: selesai

            """;

        var error = DefinitionText.Load(steps + End).Errors.Single();

        Assert.That(error.Message, Is.EqualTo("branches 'a' and 'b' of parallel 'p' share step 'bersama' before the join"));
        Assert.That(error.Position.Line, Is.EqualTo(DefinitionText.LineOf(steps, "id: p")));
    }

    [Test]
    public void A_join_entered_from_outside_its_branches_is_unbalanced()
    {
        const string steps = """
              - id: mulai
                kind: decision
                actor: analis
                outcomes: { paralel: p, pintas: j }
              - id: p
                kind: parallel
                branches: [a, b]
                join: j
              - id: a
                kind: task
                actor: analis
                next: j
              - id: b
                kind: task
                actor: analis
                next: j
              - id: j
                kind: task
                actor: analis
                next: selesai

            """;

        var error = DefinitionText.Load(steps + End).Errors.Single();

        Assert.That(error.Message, Does.StartWith("step 'mulai' leads to join 'j' of parallel 'p' from outside its branches"));
    }

    [Test]
    public void An_empty_step_list_is_an_error_not_a_silent_failure()
    {
        var yaml = DefinitionText.Header.TrimEnd() + " []\n";
        var result = Workflows.Core.Definitions.DefinitionLoader.Load("x.yaml", System.Text.Encoding.UTF8.GetBytes(yaml), DefinitionText.Context);

        Assert.That(result.Definition, Is.Null);
        Assert.That(result.Errors.Single(), Has.Property("Code").EqualTo(DiagnosticCodes.MissingKey).And.Property("Message").Contains("'steps' is empty"));
    }

    [Test]
    public void Supervisor_chains_must_not_loop()
    {
        var yaml = DefinitionText.Header.Replace("kabid: { title: Kepala Bidang }", "kabid: { title: Kepala Bidang, supervisor: analis }", StringComparison.Ordinal);
        var result = Workflows.Core.Definitions.DefinitionLoader.Load("x.yaml", System.Text.Encoding.UTF8.GetBytes(yaml + End), DefinitionText.Context);

        Assert.That(result.Errors.Select(e => e.Code), Does.Contain(DiagnosticCodes.BadSupervisor));
    }

    [Test]
    public void Lint_warns_about_conditions_without_a_default_and_internal_counterparties()
    {
        const string steps = """
              - id: a
                kind: send
                to: analis
                next:
                  - { to: selesai, when: "semester > 4" }

            """;

        var warnings = DefinitionText.Load(steps + End).Warnings.Select(w => w.Code).ToList();

        Assert.That(warnings, Does.Contain(DiagnosticCodes.NoDefaultBranch).And.Contain(DiagnosticCodes.InternalCounterparty));
    }
}
