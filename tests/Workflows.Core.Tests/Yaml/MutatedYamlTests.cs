using System.Text;
using Workflows.Core.Calendars;
using Workflows.Core.Definitions;

namespace Workflows.Core.Tests.Yaml;

/// <summary>
/// Random damage to a real definition or calendar: whatever the result, the loader answers with diagnostics and never throws.
/// The seed is fixed so that a failure can be replayed.
/// </summary>
public sealed class MutatedYamlTests
{
    private const string Noise = ":[]{}-&*!|>'\"# \t\n,?%@`~";

    [Test]
    public void Two_thousand_mutations_of_the_cuti_definition_never_throw()
    {
        var folder = WorkflowsFolder.Open(RepositoryPaths.Workflows);
        var original = File.ReadAllText(Path.Combine(RepositoryPaths.Workflows, "bkpsdm-magetan", "fasilitasi-izin-cuti.yaml"));
        var random = new Random(20251122);
        var invalid = 0;

        for (var i = 0; i < 2000; i++)
        {
            var mutated = Mutate(original, random);
            var result = DefinitionLoader.Load("mutated.yaml", Encoding.UTF8.GetBytes(mutated), folder.Context);
            if (result.Definition is null)
            {
                invalid++;
                Assert.That(result.Errors, Is.Not.Empty, mutated);
            }
        }

        Assert.That(invalid, Is.GreaterThan(500), "the mutations should break most copies");
    }

    [Test]
    public void Two_thousand_mutations_of_the_asn_calendar_never_throw()
    {
        var original = File.ReadAllText(Path.Combine(RepositoryPaths.Calendars, "id-asn.yaml"));
        var random = new Random(20251123);
        var broken = 0;

        for (var i = 0; i < 2000; i++)
        {
            var catalog = CalendarCatalog.Load([("id-asn.yaml", Encoding.UTF8.GetBytes(Mutate(original, random)))]);
            broken += catalog.Calendars.Count == 0 ? 1 : 0;
            Assert.That(catalog.Calendars.Count == 1 || catalog.Diagnostics.Count > 0, Is.True);
        }

        Assert.That(broken, Is.GreaterThan(200), "the mutations should break many copies");
    }

    private static string Mutate(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        for (var edits = random.Next(1, 4); edits > 0; edits--)
        {
            var at = random.Next(lines.Count);
            switch (random.Next(5))
            {
                case 0:
                    lines.RemoveAt(at);
                    break;
                case 1:
                    lines.Insert(at, lines[random.Next(lines.Count)]);
                    break;
                case 2 when lines[at].Length > 0:
                    var chars = lines[at].ToCharArray();
                    chars[random.Next(chars.Length)] = Noise[random.Next(Noise.Length)];
                    lines[at] = new string(chars);
                    break;
                case 3:
                    lines[at] = "  " + lines[at];
                    break;
                default:
                    lines[at] = lines[at].TrimStart();
                    break;
            }
        }

        return string.Join('\n', lines);
    }
}
