using Workflows.Core.Runtime;

namespace Workflows.Core.Tests.Runtime;

/// <summary>Instance data must fit the declared fields; every field that does not is named in the rejection.</summary>
internal sealed class DataGuardTests
{
    /// <summary>The steps of the test definitions: one task, then the end.</summary>
    internal const string Steps = """
          - id: isi-formulir
            kind: task
            actor: analis
            next: selesai
          - id: selesai
            kind: end
        """;

    private static InstanceScenario NewInstance() => new(Steps);

    [TestCase("""{ "nama": "Budi", "golongan": "III/a" }""", "data.golongan: is not a declared field")]
    [TestCase("""{ "nama": "Budi", "semester": "lima" }""", "data.semester: must be a whole number, not the string 'lima'")]
    [TestCase("""{ "nama": "Budi", "semester": 5.5 }""", "data.semester: must be a whole number")]
    [TestCase("""{ "nama": 7 }""", "data.nama: must be a string, not the number 7")]
    [TestCase("""{ "nama": "Budi", "nip": "19850101" }""", "data.nip: must match ^[0-9]{18}$")]
    [TestCase("""{ "nama": "Budi", "prodi": "hukum" }""", "data.prodi: 'hukum' is not one of sipil, arsitektur")]
    [TestCase("""{ "nama": "Budi", "semester": 0 }""", "data.semester: must be at least 1")]
    [TestCase("""{ "nama": "Budi", "semester": 15 }""", "data.semester: must be at most 14")]
    [TestCase("""{ "nama": "Budi", "ipk": 4.01 }""", "data.ipk: must be at most 4")]
    [TestCase("""{ "nama": "Budi", "mendesak": "ya" }""", "data.mendesak: must be true or false")]
    [TestCase("""{ "nama": "Budi", "tanggal_selesai": "30-06-2025" }""", "data.tanggal_selesai: must be a date written yyyy-MM-dd")]
    [TestCase("""{ "nama": "Budi Santoso bin Sastrowardoyo Hadiningrat Mangkunegara" }""", "data.nama: must be at most 40 characters long")]
    [TestCase("""{ "semester": 5 }""", "data.nama: is required")]
    [TestCase("""{ "nama": null }""", "data.nama: is required")]
    public void Data_that_does_not_fit_a_field_is_refused_at_the_start(string data, string error)
    {
        var scenario = NewInstance();

        var rejection = scenario.Start(data, scenario.Document("usul")).RefusedWith(RejectionCode.InvalidData);

        Assert.That(rejection.Details, Has.Exactly(1).StartsWith(error));
    }

    [Test]
    public void Every_field_that_does_not_fit_is_named_at_once()
    {
        var scenario = NewInstance();

        var rejection = scenario.Start("""{ "semester": "lima", "prodi": "hukum", "asal": "Magetan" }""", scenario.Document("usul"))
            .RefusedWith(RejectionCode.InvalidData);

        Assert.That(rejection.Details.Select(d => d[..d.IndexOf(':', StringComparison.Ordinal)]),
            Is.EquivalentTo(new[] { "data.asal", "data.nama", "data.prodi", "data.semester" }));
    }

    [Test]
    public void Data_that_fits_is_kept_as_typed_values()
    {
        var scenario = NewInstance();

        scenario.Start("""
            { "nama": "Budi", "nip": "198501012010011001", "semester": 9, "ipk": 3.75, "mendesak": true,
              "prodi": "arsitektur", "tanggal_selesai": "2025-06-30" }
            """, scenario.Document("usul")).Ok();

        Assert.That(scenario.State.Data, Is.EquivalentTo(new Dictionary<string, object?>
        {
            ["nama"] = "Budi",
            ["nip"] = "198501012010011001",
            ["semester"] = 9L,
            ["ipk"] = 3.75m,
            ["mendesak"] = true,
            ["prodi"] = "arsitektur",
            ["tanggal_selesai"] = new DateOnly(2025, 6, 30),
        }));
    }

    [Test]
    public void A_task_may_not_clear_a_required_field()
    {
        var scenario = NewInstance();
        scenario.Start().Ok();

        var rejection = scenario.Complete("isi-formulir", Staff.Analis, null, """{ "nama": null }""").RefusedWith(RejectionCode.InvalidData);

        Assert.Multiple(() =>
        {
            Assert.That(rejection.Details, Is.EqualTo(new[] { "data.nama: is required" }));
            Assert.That(scenario.Value("nama"), Is.EqualTo("Budi Santoso"));
        });
    }

    [Test]
    public void A_task_may_clear_an_optional_field_and_leaves_the_others_as_they_were()
    {
        var scenario = NewInstance();
        scenario.Start("""{ "nama": "Budi", "semester": 5, "prodi": "sipil" }""", scenario.Document("usul")).Ok();

        scenario.Complete("isi-formulir", Staff.Analis, null, """{ "semester": null, "prodi": "arsitektur" }""").Ok();

        Assert.That(scenario.State.Data, Is.EquivalentTo(new Dictionary<string, object?> { ["nama"] = "Budi", ["prodi"] = "arsitektur" }));
    }
}
