using System.Collections.Immutable;
using Workflows.Core.Expressions;
using static Workflows.Core.Tests.Expressions.ConditionTestText;

namespace Workflows.Core.Tests.Expressions;

/// <summary>What a parsed condition exposes besides its tree.</summary>
internal sealed class ConditionPropertiesTests
{
    private static readonly string[] ReferencedFields = ["amount", "status", "urgent", "due"];

    [Test]
    public void Collects_the_referenced_field_names()
    {
        var condition = Parsed("amount > 5 and (status in ['a'] or not urgent) and amount < 10 and due != null");

        Assert.That(condition.Fields, Is.EquivalentTo(ReferencedFields));
    }

    [Test]
    public void A_successful_parse_has_a_condition_and_no_errors()
    {
        var result = Condition.Parse("urgent");

        Assert.That(result.Succeeded, Is.True);
        Assert.That(result.Condition, Is.Not.Null);
        Assert.That(result.Errors, Is.Empty);
    }

    [Test]
    public void A_failed_parse_has_an_error_and_no_condition()
    {
        var result = Condition.Parse("urgent ==");

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Condition, Is.Null);
        Assert.That(result.Errors, Has.Count.EqualTo(1));
    }

    [Test]
    public void Keeps_the_text_as_written()
    {
        var condition = Parsed("a  &&  b");

        Assert.That(condition.Text, Is.EqualTo("a  &&  b"));
        Assert.That(condition.ToString(), Is.EqualTo("a  &&  b"));
    }

    [Test]
    public void List_literals_compare_by_their_items()
    {
        var first = new ListLiteral(0, ImmutableArray.Create(new Literal(1, "a")));
        var second = new ListLiteral(0, ImmutableArray.Create(new Literal(1, "a")));

        Assert.That(first, Is.EqualTo(second));
        Assert.That(first.GetHashCode(), Is.EqualTo(second.GetHashCode()));
    }
}
