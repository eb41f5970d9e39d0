using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Workflows.Api.Tests.Support;

namespace Workflows.Api.Tests.Contract;

/// <summary>
/// Definitions of the dinas-uji agency that exist only to make problem codes happen: each is posted (and published,
/// retired) by the agency's administrator once per run, whichever producer needs it first.
/// </summary>
internal static class CodeDefinitions
{
    private static readonly ConcurrentDictionary<string, Lazy<Task>> Done = new(StringComparer.Ordinal);

    /// <summary>Runs <paramref name="setup"/> once per run under <paramref name="key"/>; later callers wait for the same run.</summary>
    public static Task OnceAsync(string key, Func<Task> setup) => Done.GetOrAdd(key, _ => new Lazy<Task>(setup)).Value;

    /// <summary>Posts <paramref name="yaml"/> as a new version of <paramref name="id"/> and returns the version number.</summary>
    public static async Task<int> CreateAsync(string id, string yaml)
    {
        using var admin = Users.UjiAdmin();
        var created = await admin.SendAsync(HttpMethod.Post, "/definitions", Yaml(yaml));
        await ApiClient.Expect(created, HttpStatusCode.Created);
        var body = await ApiClient.JsonAsync(created);
        Assert.That(body["definition"]!.GetValue<string>(), Is.EqualTo(id));
        return body["version"]!.GetValue<int>();
    }

    /// <summary>Posts and publishes <paramref name="yaml"/>.</summary>
    public static async Task PublishAsync(string id, string yaml)
    {
        var version = await CreateAsync(id, yaml);
        using var admin = Users.UjiAdmin();
        await ApiClient.Expect(await admin.PostAsync($"/definitions/{id}/versions/{version}/publish", null), HttpStatusCode.OK);
    }

    public static StringContent Yaml(string yaml)
    {
        var content = new StringContent(yaml, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/yaml");
        return content;
    }

    /// <summary>The smallest definition: one task of the petugas, then the end.</summary>
    public static string Simple(string id) => $$"""
        id: {{id}}
        title: Uji kode
        agency: dinas-uji
        roles:
          petugas: Petugas
        steps:
          - { id: kerjakan, kind: task, actor: petugas, next: selesai }
          - { id: selesai, kind: end, result: done }
        """;

    /// <summary>A definition whose first step calls <paramref name="callee"/>.</summary>
    public static string Calling(string id, string callee) => $$"""
        id: {{id}}
        title: Uji kode panggil
        agency: dinas-uji
        roles:
          petugas: Petugas
        steps:
          - { id: panggil, kind: call, definition: {{callee}}, next: selesai }
          - { id: selesai, kind: end, result: done }
        """;
}
