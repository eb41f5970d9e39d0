using Workflows.Core.Expressions;
using static Workflows.Core.Tests.Expressions.ConditionTestText;

namespace Workflows.Core.Tests.Expressions;

/// <summary>Data that does not fit a condition raises ConditionEvaluationException, never another exception.</summary>
internal sealed class ConditionEvaluationErrorTests
{
    private static readonly Dictionary<string, object?> Data = new()
    {
        ["name"] = "Budi",
        ["count"] = 5L,
        ["urgent"] = true,
        ["due"] = new DateOnly(2024, 3, 15),
        ["nothing"] = null,
        ["when"] = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        ["huge"] = 1e300,
        ["nan"] = double.NaN,
    };

    [TestCase("name > 5", "name", "'>' cannot order field 'name' (string 'Budi'); only numbers and dates can be ordered")]
    [TestCase("name == 5", "name", "cannot compare field 'name' (string 'Budi') with number 5")]
    [TestCase("count == 'five'", "count", "cannot compare field 'count' (number 5) with string 'five'")]
    [TestCase("count in ['five']", "count", "cannot compare field 'count' (number 5) with string 'five'")]
    [TestCase("urgent < 1", "urgent", "'<' cannot order field 'urgent' (true); only numbers and dates can be ordered")]
    [TestCase("due == 'soon'", "due", "cannot compare field 'due' (date 2024-03-15) with string 'soon': 'soon' is not a date; write dates as yyyy-MM-dd")]
    [TestCase("due > name", "due", "cannot compare field 'due' (date 2024-03-15) with field 'name' (string 'Budi')")]
    [TestCase("due == 20240315", "due", "cannot compare field 'due' (date 2024-03-15) with number 20240315")]
    [TestCase("name", "name", "field 'name' (string 'Budi') is used as a condition, but only true/false values can be")]
    [TestCase("not count", "count", "field 'count' (number 5) is used as a condition, but only true/false values can be")]
    [TestCase("urgent and nothing", "nothing", "field 'nothing' has no value, but a true/false value is needed")]
    [TestCase("missing or urgent", "missing", "field 'missing' has no value, but a true/false value is needed")]
    [TestCase("when == null", "when", "field 'when' holds a value of unsupported type DateTime")]
    [TestCase("huge > 1", "huge", "field 'huge' holds the number 1E+300, which cannot be compared")]
    [TestCase("nan > 1", "nan", "field 'nan' holds the number NaN, which cannot be compared")]
    public void Throws_a_condition_evaluation_exception_naming_the_field(string text, string field, string message)
    {
        var condition = Parsed(text);

        Assert.That(() => condition.Evaluate(Data),
            Throws.TypeOf<ConditionEvaluationException>()
                .With.Message.EqualTo(message)
                .And.Property(nameof(ConditionEvaluationException.FieldName)).EqualTo(field));
    }

    [TestCase("1 == 'one'", "cannot compare number 1 with string 'one'")]
    [TestCase("'a' < 'b'", "'<' cannot order string 'a'; only numbers and dates can be ordered")]
    [TestCase("5", "number 5 is used as a condition, but only true/false values can be")]
    [TestCase("null", "no value is used as a condition, but only true/false values can be")]
    public void Throws_a_condition_evaluation_exception_for_ill_typed_literals(string text, string message)
    {
        var condition = Parsed(text);

        Assert.That(() => condition.Evaluate(Data),
            Throws.TypeOf<ConditionEvaluationException>().With.Message.EqualTo(message));
    }

    [Test]
    public void Evaluate_requires_data()
    {
        Assert.That(() => Parsed("urgent").Evaluate(null!), Throws.ArgumentNullException);
    }

    [Test]
    public void Check_requires_field_shapes()
    {
        Assert.That(() => Parsed("urgent").Check(null!), Throws.ArgumentNullException);
    }
}
