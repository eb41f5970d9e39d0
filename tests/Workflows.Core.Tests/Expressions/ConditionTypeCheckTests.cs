using System.Collections.Immutable;
using Workflows.Core.Definitions;
using Workflows.Core.Expressions;
using static Workflows.Core.Tests.Expressions.ConditionTestText;

namespace Workflows.Core.Tests.Expressions;

/// <summary>Type rules for conditions over data fields; every error is reported with its offset.</summary>
internal sealed class ConditionTypeCheckTests
{
    private static readonly Dictionary<string, FieldShape> Fields = new()
    {
        ["name"] = FieldShape.Of(DataType.String),
        ["city"] = FieldShape.Of(DataType.String),
        ["count"] = FieldShape.Of(DataType.Int),
        ["amount"] = FieldShape.Of(DataType.Decimal),
        ["urgent"] = FieldShape.Of(DataType.Bool),
        ["approved"] = FieldShape.Of(DataType.Bool),
        ["due"] = FieldShape.Of(DataType.Date),
        ["filed"] = FieldShape.Of(DataType.Date),
        ["status"] = new FieldShape(DataType.Enum, ["draft", "submitted", "approved"]),
        ["previous"] = new FieldShape(DataType.Enum, ["approved", "draft", "submitted"]),
        ["channel"] = new FieldShape(DataType.Enum, ["web", "counter"]),
    };

    private static IReadOnlyList<ExpressionError> Check(string text) => Parsed(text).Check(Fields);

    [TestCase("urgent")]
    [TestCase("not urgent")]
    [TestCase("true")]
    [TestCase("urgent and approved or not urgent")]
    [TestCase("count == 5")]
    [TestCase("count == 2.5")]
    [TestCase("amount != 3")]
    [TestCase("count < amount")]
    [TestCase("amount >= -1.5")]
    [TestCase("name == 'Budi'")]
    [TestCase("name != city")]
    [TestCase("'a' == 'a'")]
    [TestCase("status == 'draft'")]
    [TestCase("'submitted' != status")]
    [TestCase("status == previous")]
    [TestCase("due == '2024-02-29'")]
    [TestCase("due < '2025-01-01'")]
    [TestCase("'2025-01-01' >= due")]
    [TestCase("due <= filed")]
    [TestCase("urgent == true")]
    [TestCase("urgent != approved")]
    [TestCase("(count > 1) == urgent")]
    [TestCase("name == null and count != null and due == null and status != null and urgent == null")]
    [TestCase("null == null")]
    [TestCase("status in ['draft', 'submitted', null]")]
    [TestCase("status not in ['approved']")]
    [TestCase("count in [1, 2.5, -3]")]
    [TestCase("name in ['a', \"b\"]")]
    [TestCase("due in ['2024-01-01', '2024-12-31']")]
    [TestCase("urgent in [true]")]
    [TestCase("'x' in ['x', 'y']")]
    public void Accepts_well_typed_conditions(string text)
    {
        Assert.That(Check(text), Is.Empty);
    }

    [TestCase("mystery == 1", 0, "unknown data field 'mystery'")]
    [TestCase("count", 0, "the condition must be a true/false expression, but int field 'count' is not")]
    [TestCase("'yes'", 0, "the condition must be a true/false expression, but string 'yes' is not")]
    [TestCase("null", 0, "the condition must be a true/false expression, but null is not")]
    [TestCase("urgent and name", 11, "'and' needs true/false operands, but string field 'name' is not")]
    [TestCase("1 or urgent", 0, "'or' needs true/false operands, but number 1 is not")]
    [TestCase("not due", 4, "'not' needs a true/false operand, but date field 'due' is not")]
    [TestCase("count == 'five'", 6, "cannot compare int field 'count' with string 'five'")]
    [TestCase("name == 5", 5, "cannot compare string field 'name' with number 5")]
    [TestCase("urgent == 1", 7, "cannot compare bool field 'urgent' with number 1")]
    [TestCase("name == urgent", 5, "cannot compare string field 'name' with bool field 'urgent'")]
    [TestCase("status == 'rejected'", 10, "'rejected' is not a value of enum field 'status' (allowed: draft, submitted, approved)")]
    [TestCase("status == channel", 7, "cannot compare enum field 'status' with enum field 'channel': their values differ")]
    [TestCase("status == name", 7, "cannot compare enum field 'status' with string field 'name'")]
    [TestCase("status == 1", 7, "cannot compare enum field 'status' with number 1")]
    [TestCase("due == '2024-02-30'", 7, "'2024-02-30' is not a date; write dates as yyyy-MM-dd")]
    [TestCase("due > '31/01/2024'", 6, "'31/01/2024' is not a date; write dates as yyyy-MM-dd")]
    [TestCase("due == name", 4, "cannot compare date field 'due' with string field 'name'")]
    [TestCase("due < 20240101", 4, "cannot compare date field 'due' with number 20240101")]
    [TestCase("name < 'b'", 5, "'<' cannot order string field 'name'; only numbers and dates can be ordered")]
    [TestCase("count <= 'b'", 6, "'<=' cannot order string 'b'; only numbers and dates can be ordered")]
    [TestCase("urgent > false", 7, "'>' cannot order bool field 'urgent'; only numbers and dates can be ordered")]
    [TestCase("status >= 'draft'", 7, "'>=' cannot order enum field 'status'; only numbers and dates can be ordered")]
    [TestCase("'2024-01-01' < '2024-02-01'", 13, "'<' cannot order string '2024-01-01'; only numbers and dates can be ordered")]
    [TestCase("count > null", 6, "'>' cannot be used with null")]
    [TestCase("status in ['draft', 'gone']", 20, "'gone' is not a value of enum field 'status' (allowed: draft, submitted, approved)")]
    [TestCase("count not in [1, 'two']", 17, "cannot compare int field 'count' with string 'two'")]
    [TestCase("due in ['2024-01-01', 'soon']", 22, "'soon' is not a date; write dates as yyyy-MM-dd")]
    public void Rejects_a_type_error_with_its_offset(string text, int offset, string message)
    {
        Assert.That(Check(text), Is.EqualTo(new[] { new ExpressionError(offset, message) }));
    }

    [Test]
    public void Reports_every_type_error_at_once_in_text_order()
    {
        var errors = Check("ghost > 1 or (name < 'x' and status == 'nope') or not count or due == 'tomorrow'");

        Assert.That(errors, Is.EqualTo(new[]
        {
            new ExpressionError(0, "unknown data field 'ghost'"),
            new ExpressionError(19, "'<' cannot order string field 'name'; only numbers and dates can be ordered"),
            new ExpressionError(39, "'nope' is not a value of enum field 'status' (allowed: draft, submitted, approved)"),
            new ExpressionError(54, "'not' needs a true/false operand, but int field 'count' is not"),
            new ExpressionError(70, "'tomorrow' is not a date; write dates as yyyy-MM-dd"),
        }));
    }

    [Test]
    public void An_unknown_field_is_reported_once_per_use_and_not_also_as_a_mismatch()
    {
        var errors = Check("ghost == 'a' and ghost");

        Assert.That(errors, Is.EqualTo(new[]
        {
            new ExpressionError(0, "unknown data field 'ghost'"),
            new ExpressionError(17, "unknown data field 'ghost'"),
        }));
    }

    [Test]
    public void Enum_fields_with_no_values_accept_no_literal()
    {
        var fields = new Dictionary<string, FieldShape> { ["kind"] = FieldShape.Of(DataType.Enum) };
        var fieldsWithDefaultValues = new Dictionary<string, FieldShape> { ["kind"] = new(DataType.Enum, default(ImmutableArray<string>)) };

        Assert.That(Parsed("kind == 'a'").Check(fields),
            Is.EqualTo(new[] { new ExpressionError(8, "'a' is not a value of enum field 'kind' (allowed: )") }));
        Assert.That(Parsed("kind == 'a'").Check(fieldsWithDefaultValues), Has.Count.EqualTo(1));
    }

    [Test]
    public void Enum_values_are_case_sensitive()
    {
        Assert.That(Check("status == 'Draft'"), Has.Count.EqualTo(1));
    }
}
