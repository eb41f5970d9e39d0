using System.Text.Json;
using System.Text.Json.Serialization;
using Workflows.Core.Runtime;

namespace Workflows.Core.Tests.Runtime;

/// <summary>
/// Instance states are written by a serializer generated at compile time. Rows written before it, by the reflection
/// serializer, must read back, and a state must be written byte for byte as before: the audit trail compares states, and
/// the instance rows of a running system are not rewritten.
/// </summary>
internal sealed class GeneratedStateJsonTests
{
    /// <summary>The reflection serializer's settings that wrote every state before the generated one.</summary>
    private static readonly JsonSerializerOptions Reflection = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    private static readonly Guid ParentTask = Guid.Parse("d0000000-0000-0000-0000-000000000002");

    [Test]
    public void Every_state_of_an_instance_is_written_as_the_reflection_serializer_wrote_it()
    {
        var states = StatesOfEveryKind();

        Assert.Multiple(() =>
        {
            foreach (var (what, state) in states)
            {
                Assert.That(InstanceStateJson.Serialize(state), Is.EqualTo(JsonSerializer.Serialize(state, Reflection)), what);
            }
        });
    }

    [Test]
    public void A_state_written_by_the_reflection_serializer_reads_back_and_is_written_again_unchanged()
    {
        var scenario = new InstanceScenario(ReplayAndPersistenceTests.Steps);
        var states = StatesOfEveryKind();

        Assert.Multiple(() =>
        {
            foreach (var (what, state) in states)
            {
                var stored = JsonSerializer.Serialize(state, Reflection);
                var back = InstanceStateJson.Deserialize(stored, scenario.Definition);
                Assert.That(InstanceStateJson.Serialize(back), Is.EqualTo(stored), what);
                Assert.That(back.Data, Is.EquivalentTo(state.Data), what);
            }
        });
    }

    /// <summary>
    /// Every shape a stored state takes: data of every type, open tasks claimed and not, waits, messages, sub-process
    /// calls, forks, documents, a sub-process with its parent link, and the ends (completed, cancelled).
    /// </summary>
    private static List<(string What, InstanceState State)> StatesOfEveryKind()
    {
        var states = new List<(string, InstanceState)>();
        var scenario = new InstanceScenario(ReplayAndPersistenceTests.Steps);
        Keep(scenario, "started with data of every type", scenario.Start(ReplayAndPersistenceTests.EveryType, scenario.Document("usul")));
        Keep(scenario, "claimed", scenario.Claim("isi-formulir", Staff.Analis));
        scenario.AdvanceClock(TimeSpan.FromMinutes(45));
        Keep(scenario, "forked", scenario.Complete("isi-formulir", Staff.Analis, null, "{}", scenario.Document("lampiran")));
        scenario.AdvanceClock(TimeSpan.FromDays(2));
        Keep(scenario, "message delivered", scenario.Deliver("pertek", """{ "ipk": 3.75, "mendesak": true }""", scenario.Document("pertek")));
        Keep(scenario, "decision looped", scenario.Complete("telaah", Staff.Kabid, "ulang"));
        Keep(scenario, "decision claimed", scenario.Claim("telaah", Staff.Kabid));
        Keep(scenario, "cancelled", scenario.Cancel("Salah input", Staff.Kabid));

        var child = new InstanceScenario(ReplayAndPersistenceTests.Steps);
        Keep(child, "sub-process started", child.StartAsSubProcessOf(new ParentLink(Guid.Parse("d0000000-0000-0000-0000-000000000001"), ParentTask)));
        Keep(child, "sub-process cancelled by its parent", child.Cancel("Induk dibatalkan", Actor.System));

        var simple = new InstanceScenario("""
              - id: periksa
                kind: task
                actor: analis
                duration: 1 hari kerja
                next: selesai
              - id: selesai
                kind: end
                result: granted
            """);
        Keep(simple, "single task open", simple.Start());
        Keep(simple, "completed", simple.Complete("periksa", Staff.Analis));
        return states;

        void Keep(InstanceScenario on, string what, CommandResult result)
        {
            result.Ok();
            states.Add((what, on.State));
        }
    }
}
