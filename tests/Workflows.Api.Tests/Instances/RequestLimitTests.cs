using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Workflows.Api.Tests.Support;

namespace Workflows.Api.Tests.Instances;

/// <summary>
/// A JSON body costs the server a bounded amount: bodies over <c>Workflows:MaxJsonBodyBytes</c> (1 MiB) are refused with
/// 413 whether their length is declared or not, and a body full of unknown data fields gets a short answer.
/// </summary>
public sealed class RequestLimitTests
{
    private const long Limit = 1024 * 1024;

    [TestCase(false, null)]
    [TestCase(true, null)]
    [TestCase(false, "limit-idem-1")]
    [TestCase(true, "limit-idem-2")]
    public async Task A_json_body_over_the_limit_is_a_413_problem_naming_the_limit(bool chunked, string? idempotencyKey)
    {
        using var petugas = Users.Petugas();
        var body = Encoding.UTF8.GetBytes(StartBody(unknownFields: 120_000));
        Assert.That(body.Length, Is.GreaterThan(Limit));
        HttpContent content = chunked ? new StreamContent(new MemoryStream(body)) : new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/instances") { Content = content };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        var response = await petugas.Http.SendAsync(request);

        await ApiClient.Expect(response, HttpStatusCode.RequestEntityTooLarge);
        var problem = await ApiClient.JsonAsync(response);
        Assert.That(problem["code"]!.GetValue<string>(), Is.EqualTo("body-too-large"));
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain(Limit.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Test]
    public async Task A_body_full_of_unknown_fields_gets_a_short_answer_that_names_the_declared_fields_once()
    {
        using var petugas = Users.Petugas();
        var body = StartBody(unknownFields: 60_000);
        Assert.That(body.Length, Is.LessThan(Limit));

        var response = await petugas.SendAsync(HttpMethod.Post, "/instances", new StringContent(body, Encoding.UTF8, "application/json"));

        await ApiClient.Expect(response, HttpStatusCode.UnprocessableEntity);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(text.Length, Is.LessThan(16 * 1024), "the answer to a body full of unknown fields");
        var errors = JsonNode.Parse(text)!["errors"]!.AsArray();
        Assert.That(errors, Has.Count.LessThanOrEqualTo(51));
    }

    [Test]
    public async Task A_body_of_many_unknown_fields_within_the_count_names_the_declared_fields_once()
    {
        using var petugas = Users.Petugas();

        var response = await petugas.SendAsync(HttpMethod.Post, "/instances", new StringContent(StartBody(unknownFields: 120), Encoding.UTF8, "application/json"));

        await ApiClient.Expect(response, HttpStatusCode.UnprocessableEntity);
        var errors = (await ApiClient.JsonAsync(response))["errors"]!.AsArray().Select(e => e!.GetValue<string>()).ToList();
        Assert.That(errors, Has.Count.EqualTo(51));
        Assert.That(errors[^1], Is.EqualTo("data: and 70 more"));
        Assert.That(errors.Count(e => e.Contains("(declared:", StringComparison.Ordinal)), Is.EqualTo(1));
    }

    private static string StartBody(int unknownFields)
    {
        var json = new StringBuilder("""{"definition": "dinas-uji.sederhana", "businessKey": "LIMIT-1", "data": {""");
        for (var i = 0; i < unknownFields; i++)
        {
            json.Append(System.Globalization.CultureInfo.InvariantCulture, $"{(i == 0 ? "" : ",")}\"f{i}\":1");
        }

        return json.Append("}}").ToString();
    }
}
