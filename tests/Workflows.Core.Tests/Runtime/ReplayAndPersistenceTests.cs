using System.Text.Json;
using Workflows.Core.Runtime;

namespace Workflows.Core.Tests.Runtime;

/// <summary>
/// The engine is deterministic (same commands, clock and ids give the same instance), and a stored instance reads back as it
/// was, with data values typed again by the definition.
/// </summary>
internal sealed class ReplayAndPersistenceTests
{
    internal const string Steps = """
          - id: isi-formulir
            kind: task
            actor: analis
            produces: [lampiran]
            next: proses
          - id: proses
            kind: parallel
            branches: [pertek, jeda, surat, telaah]
            join: tetapkan
          - id: pertek
            kind: receive
            from: bkn
            produces: [pertek]
            duration: 1 bulan
            next: tetapkan
          - id: jeda
            kind: wait
            until: tanggal_selesai
            next: tetapkan
          - id: surat
            kind: call
            actor: analis
            definition: bkpsdm-magetan.surat-keluar
            next: tetapkan
          - id: telaah
            kind: decision
            actor: kabid
            duration: 1 – 3 hari kerja
            outcomes:
              setuju: tetapkan
              ulang: telaah
          - id: tetapkan
            kind: task
            actor: kabid
            next: selesai
          - id: selesai
            kind: end
            result: granted
        """;

    internal const string EveryType = """
        { "nama": "Budi Santoso", "nip": "198501012010011001", "semester": 9, "ipk": 3.50, "mendesak": false,
          "prodi": "sipil", "tanggal_selesai": "2025-07-01" }
        """;

    /// <summary>An instance halfway: three branches still waiting, one document per kind of hand-over, a claimed decision.</summary>
    private static (InstanceScenario Scenario, List<string> Effects) Halfway()
    {
        var scenario = new InstanceScenario(Steps);
        var effects = new List<string>();
        void Keep(CommandResult result)
        {
            result.Ok();
            effects.AddRange(result.Effects.Select(e => JsonSerializer.Serialize<object>(e)));
        }

        Keep(scenario.Start(EveryType, scenario.Document("usul")));
        Keep(scenario.Claim("isi-formulir", Staff.Analis));
        scenario.AdvanceClock(TimeSpan.FromMinutes(45));
        Keep(scenario.Complete("isi-formulir", Staff.Analis, null, "{}", scenario.Document("lampiran")));
        scenario.AdvanceClock(TimeSpan.FromDays(2));
        Keep(scenario.Deliver("pertek", """{ "ipk": 3.75, "mendesak": true }""", scenario.Document("pertek")));
        Keep(scenario.Complete("telaah", Staff.Kabid, "ulang"));
        Keep(scenario.Claim("telaah", Staff.Kabid));
        return (scenario, effects);
    }

    [Test]
    public void The_same_commands_on_the_same_clock_and_ids_give_the_same_case()
    {
        var (first, firstEffects) = Halfway();
        var (second, secondEffects) = Halfway();

        Assert.Multiple(() =>
        {
            Assert.That(InstanceStateJson.Serialize(second.State), Is.EqualTo(InstanceStateJson.Serialize(first.State)));
            Assert.That(secondEffects, Is.EqualTo(firstEffects));
        });
    }

    [Test]
    public void A_stored_case_reads_back_with_typed_data()
    {
        var (scenario, _) = Halfway();

        var back = InstanceStateJson.Deserialize(InstanceStateJson.Serialize(scenario.State), scenario.Definition);

        Assert.Multiple(() =>
        {
            Assert.That(back.Data, Is.EquivalentTo(new Dictionary<string, object?>
            {
                ["nama"] = "Budi Santoso",
                ["nip"] = "198501012010011001",
                ["semester"] = 9L,
                ["ipk"] = 3.75m,
                ["mendesak"] = true,
                ["prodi"] = "sipil",
                ["tanggal_selesai"] = new DateOnly(2025, 7, 1),
            }));
            Assert.That(back.Data["semester"], Is.TypeOf<long>());
            Assert.That(back.Data["ipk"], Is.TypeOf<decimal>());
            Assert.That(back.Data["mendesak"], Is.TypeOf<bool>());
            Assert.That(back.Data["tanggal_selesai"], Is.TypeOf<DateOnly>());
        });
    }

    [Test]
    public void A_stored_case_reads_back_with_its_open_steps_forks_and_documents()
    {
        var (scenario, _) = Halfway();
        var state = scenario.State;
        var json = InstanceStateJson.Serialize(state);

        var back = InstanceStateJson.Deserialize(json, scenario.Definition);

        Assert.Multiple(() =>
        {
            Assert.That(state.Open.Select(o => o.WaitingFor), Is.EquivalentTo(new[] { WaitingFor.Timer, WaitingFor.SubProcess, WaitingFor.Actor }));
            Assert.That(state.Forks, Has.Count.EqualTo(1));
            Assert.That(back.Open, Is.EqualTo(state.Open));
            Assert.That(back.Forks, Is.EqualTo(state.Forks));
            Assert.That(back.Documents, Is.EqualTo(state.Documents));
            Assert.That(back with { Data = state.Data, Open = state.Open, Forks = state.Forks, Documents = state.Documents }, Is.EqualTo(state));
            Assert.That(InstanceStateJson.Serialize(back), Is.EqualTo(json));
        });
    }

    [Test]
    public void A_case_read_back_goes_on_exactly_as_the_one_kept_in_memory()
    {
        var (scenario, _) = Halfway();
        var back = InstanceStateJson.Deserialize(InstanceStateJson.Serialize(scenario.State), scenario.Definition);
        var telaah = scenario.Open("telaah").TaskId;
        // Past the telaah's minimum of 1 hari kerja, so that completing it is allowed.
        scenario.AdvanceClock(TimeSpan.FromDays(7));
        var command = new CompleteTask(Staff.Kabid, telaah, "setuju", InstanceScenario.Data("{}"), []);
        EngineContext Context() => new(scenario.Definition, 1, scenario.Calendar, scenario.Now, () => Guid.Parse("0e000000-0000-0000-0000-000000000001"));

        var fromMemory = WorkflowEngine.Apply(Context(), scenario.State, command);
        var fromStore = WorkflowEngine.Apply(Context(), back, command);

        Assert.That(InstanceStateJson.Serialize(fromStore.Ok()), Is.EqualTo(InstanceStateJson.Serialize(fromMemory.Ok())));
    }
}
