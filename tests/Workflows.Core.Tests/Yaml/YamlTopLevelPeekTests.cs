using System.Text;
using Workflows.Core.Yaml;

namespace Workflows.Core.Tests.Yaml;

public sealed class YamlTopLevelPeekTests
{
    private static string? Peek(string yaml) => YamlTopLevelPeek.Find(Encoding.UTF8.GetBytes(yaml), "id")?.Value;

    [TestCase("id: a.b\ntitle: x\n", "a.b")]
    [TestCase("schema: workflows/v1\nsource: { id: nested, x: [1, 2] }\nroles:\n  id: role\nid: top.level\n", "top.level")]
    [TestCase("title: x\nsteps:\n  - id: step\n", null)]
    [TestCase("id: { not: scalar }\nx: y\n", null)]
    [TestCase("a: &x 1\nb: *x\nid: after.alias\n", "after.alias")]
    [TestCase("id: [unclosed\n", null)]
    [TestCase("- id\n- x\n", null)]
    public void Finds_only_a_top_level_scalar(string yaml, string? expected) => Assert.That(Peek(yaml), Is.EqualTo(expected));

    [Test]
    public void Reports_where_the_value_is() =>
        Assert.That(YamlTopLevelPeek.Find("title: x\nid:   a.b\n"u8, "id")!.Position, Is.EqualTo(new Diagnostics.SourcePosition(2, 7)));
}
