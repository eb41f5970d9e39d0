using Workflows.Core.Expressions;
using static Workflows.Core.Tests.Expressions.ConditionTestText;

namespace Workflows.Core.Tests.Expressions;

/// <summary>Comparisons and membership over typed instance data, including null and int/decimal mixing.</summary>
internal sealed class ConditionEvaluationTests
{
    private static readonly Dictionary<string, object?> Data = new()
    {
        ["name"] = "Budi",
        ["count"] = 5L,
        ["small"] = 3,
        ["amount"] = 2.5m,
        ["ratio"] = 0.5,
        ["urgent"] = true,
        ["approved"] = false,
        ["due"] = new DateOnly(2024, 3, 15),
        ["filed"] = new DateOnly(2024, 3, 1),
        ["status"] = "submitted",
        ["nothing"] = null,
    };

    private static bool Evaluate(string text) => Parsed(text).Evaluate(Data);

    [TestCase("count == 5", true)]
    [TestCase("count == 6", false)]
    [TestCase("count != 6", true)]
    [TestCase("count < 6", true)]
    [TestCase("count < 5", false)]
    [TestCase("count <= 5", true)]
    [TestCase("count > 4", true)]
    [TestCase("count > 5", false)]
    [TestCase("count >= 5", true)]
    [TestCase("count >= 6", false)]
    [TestCase("-3 < 0", true)]
    public void Evaluates_each_comparison_operator(string text, bool expected)
    {
        Assert.That(Evaluate(text), Is.EqualTo(expected));
    }

    [TestCase("count == 5.0", true)]
    [TestCase("count < 5.5", true)]
    [TestCase("amount == 2.50", true)]
    [TestCase("amount > 2", true)]
    [TestCase("amount < count", true)]
    [TestCase("small == 3", true)]
    [TestCase("small < amount", false)]
    [TestCase("ratio == 0.5", true)]
    [TestCase("ratio < small", true)]
    public void Compares_int_and_decimal_values_numerically(string text, bool expected)
    {
        Assert.That(Evaluate(text), Is.EqualTo(expected));
    }

    [TestCase("name == 'Budi'", true)]
    [TestCase("name == 'budi'", false)]
    [TestCase("name != \"Budi\"", false)]
    [TestCase("status == 'submitted'", true)]
    [TestCase("urgent == true", true)]
    [TestCase("urgent != approved", true)]
    [TestCase("(count > 1) == urgent", true)]
    public void Compares_strings_enums_and_bools_for_equality(string text, bool expected)
    {
        Assert.That(Evaluate(text), Is.EqualTo(expected));
    }

    [TestCase("due == '2024-03-15'", true)]
    [TestCase("'2024-03-15' == due", true)]
    [TestCase("due != '2024-03-15'", false)]
    [TestCase("due > '2024-03-14'", true)]
    [TestCase("due < '2024-12-01'", true)]
    [TestCase("due <= '2024-03-15'", true)]
    [TestCase("'2024-03-16' <= due", false)]
    [TestCase("filed < due", true)]
    [TestCase("due in ['2024-01-01', '2024-03-15']", true)]
    public void Compares_dates_with_dates_and_date_literals(string text, bool expected)
    {
        Assert.That(Evaluate(text), Is.EqualTo(expected));
    }

    [TestCase("nothing == null", true)]
    [TestCase("missing == null", true)]
    [TestCase("missing == nothing", true)]
    [TestCase("missing != null", false)]
    [TestCase("name == null", false)]
    [TestCase("name != null", true)]
    [TestCase("missing == 'x'", false)]
    [TestCase("missing != 'x'", true)]
    [TestCase("missing == 0", false)]
    [TestCase("null == null", true)]
    [TestCase("missing < 5", false)]
    [TestCase("missing >= 5", false)]
    [TestCase("5 > missing", false)]
    [TestCase("due < missing", false)]
    [TestCase("not (missing < 5)", true)]
    [TestCase("missing in ['a', null]", true)]
    [TestCase("missing in ['a']", false)]
    [TestCase("missing not in ['a']", true)]
    public void Treats_null_and_missing_fields_alike(string text, bool expected)
    {
        Assert.That(Evaluate(text), Is.EqualTo(expected));
    }

    [TestCase("status in ['draft', 'submitted']", true)]
    [TestCase("status in ['draft']", false)]
    [TestCase("status not in ['draft']", true)]
    [TestCase("status not in ['submitted', 'draft']", false)]
    [TestCase("count in [1, 5]", true)]
    [TestCase("count in [5.0]", true)]
    [TestCase("amount in [2.5, 7]", true)]
    [TestCase("urgent in [false]", false)]
    public void Evaluates_membership_in_list_literals(string text, bool expected)
    {
        Assert.That(Evaluate(text), Is.EqualTo(expected));
    }
}
