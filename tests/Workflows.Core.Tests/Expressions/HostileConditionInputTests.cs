using Workflows.Core.Definitions;
using Workflows.Core.Expressions;
using static Workflows.Core.Tests.Expressions.ConditionTestText;

namespace Workflows.Core.Tests.Expressions;

/// <summary>Code-like input and unicode tricks are rejected without surprises.</summary>
internal sealed class HostileConditionInputTests
{
    [Test]
    public void Null_text_is_an_error_not_an_exception()
    {
        Assert.That(SyntaxError(null!), Is.EqualTo(new ExpressionError(0, "the condition is empty")));
    }

    [Test]
    public void Dunder_proto_is_just_an_unknown_field_name()
    {
        var condition = Parsed("__proto__ == null");

        Assert.That(condition.Check(new Dictionary<string, FieldShape>()),
            Is.EqualTo(new[] { new ExpressionError(0, "unknown data field '__proto__'") }));
        Assert.That(condition.Evaluate(new Dictionary<string, object?>()), Is.True);
    }

    [TestCase("System.IO.File.Delete('x')", 6, "member access is not allowed")]
    [TestCase("File.Delete('x')", 4, "member access is not allowed")]
    [TestCase("Delete('x')", 0, "function calls are not allowed")]
    [TestCase("1; drop table", 1, "unexpected character ';'")]
    [TestCase("a == 1 -- comment", 7, "arithmetic is not allowed")]
    [TestCase("${jndi:ldap://x}", 0, "unexpected character '$'")]
    [TestCase("{{a}}", 0, "unexpected character '{'")]
    [TestCase("a == 1 \\ b", 7, "unexpected character '\\'")]
    [TestCase("a => a", 2, "'=' is not allowed; compare with '=='")]
    [TestCase("new object()", 4, "unexpected 'object'; expected 'and', 'or' or the end of the condition")]
    public void Code_like_input_is_a_syntax_error(string text, int offset, string message)
    {
        Assert.That(SyntaxError(text), Is.EqualTo(new ExpressionError(offset, message)));
    }

    [TestCase("st\u0430tus == 'a'", 2, "unexpected character 'а' (U+0430)")]
    [TestCase("a\u200B == 1", 1, "unexpected character U+200B")]
    [TestCase("a ==\u00A01", 4, "unexpected character U+00A0")]
    [TestCase("\uFEFFa == 1", 0, "unexpected character U+FEFF")]
    [TestCase("a == \uFF11", 5, "unexpected character '１' (U+FF11)")]
    [TestCase("a == 1 \uD83D\uDE00", 7, "unexpected character U+1F600")]
    [TestCase("a == 'x\u202Ey'", 7, "character U+202E is not allowed in a string")]
    [TestCase("a == 'x\u0000y'", 7, "character U+0000 is not allowed in a string")]
    [TestCase("a == 'line\nbreak'", 10, "character U+000A is not allowed in a string")]
    [TestCase("a ==\u00001", 4, "unexpected character U+0000")]
    public void Unicode_oddities_are_reported_with_their_offset(string text, int offset, string message)
    {
        Assert.That(SyntaxError(text), Is.EqualTo(new ExpressionError(offset, message)));
    }

    [Test]
    public void A_lone_surrogate_is_reported_by_its_code()
    {
        Assert.That(SyntaxError("a == 1 " + (char)0xD800), Is.EqualTo(new ExpressionError(7, "unexpected character U+D800")));
    }

    [Test]
    public void Visible_unicode_text_inside_strings_is_kept()
    {
        var condition = Parsed("kota == 'Yogyakarta – DIY ✓ 日本'");

        Assert.That(condition.Evaluate(new Dictionary<string, object?> { ["kota"] = "Yogyakarta – DIY ✓ 日本" }), Is.True);
    }

    [Test]
    public void Random_text_never_makes_parse_throw_and_what_parses_renders_stably()
    {
        const string alphabet = "ab_1 .-'\"\\()[],!=<>&|notandorintruefalsenull\u00A0\u200Bx";
        var random = new Random(20240101);
        for (var attempt = 0; attempt < 20000; attempt++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());

            var result = Condition.Parse(text);

            Assert.That(result.Succeeded || result.Errors.Count == 1, Is.True, text);
            if (result.Succeeded)
            {
                var canonical = result.Condition.Root.ToString();
                Assert.That(Condition.Parse(canonical).Condition?.Root.ToString(), Is.EqualTo(canonical), text);
            }
        }
    }
}
