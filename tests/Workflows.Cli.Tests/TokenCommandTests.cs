using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Workflows.Cli.Tokens;
using Workflows.Core.Access;

namespace Workflows.Cli.Tests;

[NonParallelizable]
public sealed class TokenCommandTests
{
    private const string Key = "kunci-rahasia-lokal-untuk-pengujian-hs256";
    private static readonly DateTimeOffset Now = new(2025, 4, 1, 9, 0, 0, TimeSpan.FromHours(7));
    private static readonly long NowSeconds = Now.ToUnixTimeSeconds();

    private string? savedEnvironmentKey;
    private string directory = "";

    [SetUp]
    public void IsolateFromTheDevelopersKey()
    {
        savedEnvironmentKey = Environment.GetEnvironmentVariable(LocalSigningKey.EnvironmentVariable);
        Environment.SetEnvironmentVariable(LocalSigningKey.EnvironmentVariable, null);
        directory = Directory.CreateTempSubdirectory("workflows-token-").FullName;
    }

    [TearDown]
    public void Restore()
    {
        Environment.SetEnvironmentVariable(LocalSigningKey.EnvironmentVariable, savedEnvironmentKey);
        Directory.Delete(directory, recursive: true);
    }

    [Test]
    public void Prints_one_HS256_token_with_the_requested_claims()
    {
        var run = Token("--user", "198501012010011001", "--agency", "bkpsdm-magetan", "--roles", "supervisor",
            "--actors", "analis-kepegawaian,kepala-bidang", "--name", "Sri Wahyuni, S.Sos.", "--expires", "30m", "--key", Key);
        var (header, payload, _) = Decode(run.Out.TrimEnd('\n'));

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
            Assert.That(run.Error, Is.Empty);
            Assert.That(run.OutLines, Has.Length.EqualTo(1));
            Assert.That(header.GetRawText(), Is.EqualTo("""{"alg":"HS256","typ":"JWT"}"""));
            Assert.That(payload.GetProperty("sub").GetString(), Is.EqualTo("198501012010011001"));
            Assert.That(payload.GetProperty("agency").GetString(), Is.EqualTo("bkpsdm-magetan"));
            Assert.That(payload.GetProperty("name").GetString(), Is.EqualTo("Sri Wahyuni, S.Sos."));
            Assert.That(Strings(payload, "roles"), Is.EqualTo(new[] { "supervisor" }));
            Assert.That(Strings(payload, "actors"), Is.EqualTo(new[] { "analis-kepegawaian", "kepala-bidang" }));
            Assert.That(payload.GetProperty("iss").GetString(), Is.EqualTo(LocalTokenIssuer.Issuer).And.EqualTo("workflows-local"));
            Assert.That(payload.GetProperty("aud").GetString(), Is.EqualTo(LocalTokenIssuer.Audience).And.EqualTo("workflows"));
            Assert.That(payload.GetProperty("iat").GetInt64(), Is.EqualTo(NowSeconds));
            Assert.That(payload.GetProperty("nbf").GetInt64(), Is.EqualTo(NowSeconds));
            Assert.That(payload.GetProperty("exp").GetInt64(), Is.EqualTo(NowSeconds + (30 * 60)));
            Assert.That(Guid.TryParse(payload.GetProperty("jti").GetString(), out _), Is.True);
        });
    }

    [Test]
    public void Defaults_to_staff_no_actors_no_name_and_8_hours()
    {
        var run = Token("--user", "u1", "--agency", "bkpsdm-magetan", "--key", Key);
        var (_, payload, _) = Decode(run.Out.Trim());

        Assert.Multiple(() =>
        {
            Assert.That(Strings(payload, "roles"), Is.EqualTo(new[] { "staff" }));
            Assert.That(payload.GetProperty("actors").ValueKind, Is.EqualTo(JsonValueKind.Array));
            Assert.That(Strings(payload, "actors"), Is.Empty);
            Assert.That(payload.TryGetProperty("name", out _), Is.False);
            Assert.That(payload.GetProperty("exp").GetInt64(), Is.EqualTo(NowSeconds + (8 * 3600)));
        });
    }

    [Test]
    public void Signature_is_HMAC_SHA256_of_header_and_payload_under_the_UTF8_key()
    {
        var run = Token("--user", "u1", "--agency", "bkpsdm-magetan", "--key", Key);

        AssertSignedWith(run, Key);
    }

    [Test]
    public void Each_token_gets_its_own_jti()
    {
        var first = Decode(Token("--user", "u1", "--agency", "a", "--key", Key).Out.Trim()).Payload;
        var second = Decode(Token("--user", "u1", "--agency", "a", "--key", Key).Out.Trim()).Payload;

        Assert.That(first.GetProperty("jti").GetString(), Is.Not.EqualTo(second.GetProperty("jti").GetString()));
    }

    [Test]
    public void Repeated_roles_and_actors_add_up_in_order_without_duplicates()
    {
        var run = Token("--user", "u1", "--agency", "a", "--roles", "staff,supervisor", "--roles", "admin", "--roles", "staff",
            "--actors", "kepala-bidang", "--actors", "analis-kepegawaian, kepala-bidang", "--key", Key);
        var (_, payload, _) = Decode(run.Out.Trim());

        Assert.That(Strings(payload, "roles"), Is.EqualTo(new[] { "staff", "supervisor", "admin" }));
        Assert.That(Strings(payload, "actors"), Is.EqualTo(new[] { "kepala-bidang", "analis-kepegawaian" }));
    }

    [Test]
    public void Without_a_key_anywhere_it_is_a_usage_error_naming_every_way_to_give_one()
    {
        var run = Token("--user", "u1", "--agency", "a");

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Out, Is.Empty);
        Assert.That(run.Error, Does.Contain("--key").And.Contain("--key-file").And.Contain("WORKFLOWS_SIGNING_KEY").And.Contain(".local/signing-key"));
    }

    [Test]
    public void A_key_shorter_than_32_bytes_is_refused()
    {
        var run = Token("--user", "u1", "--agency", "a", "--key", new string('k', 31));

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Out, Is.Empty);
        Assert.That(run.Error, Does.Contain("too short").And.Contain("32 bytes"));
    }

    [Test]
    public void Key_length_counts_UTF8_bytes_not_characters()
    {
        var run = Token("--user", "u1", "--agency", "a", "--key", new string('é', 16));

        AssertSignedWith(run, new string('é', 16));
    }

    [Test]
    public void Takes_the_key_from_WORKFLOWS_SIGNING_KEY()
    {
        Environment.SetEnvironmentVariable(LocalSigningKey.EnvironmentVariable, Key);

        AssertSignedWith(Token("--user", "u1", "--agency", "a"), Key);
    }

    [Test]
    public void Key_option_wins_over_the_environment()
    {
        Environment.SetEnvironmentVariable(LocalSigningKey.EnvironmentVariable, "dari-lingkungan-dari-lingkungan-0000");

        AssertSignedWith(Token("--user", "u1", "--agency", "a", "--key", Key), Key);
    }

    [Test]
    public void Takes_the_key_from_key_file_without_its_trailing_newline()
    {
        var file = Path.Combine(directory, "kunci");
        File.WriteAllText(file, Key + "\n");

        AssertSignedWith(Token("--user", "u1", "--agency", "a", "--key-file", file), Key);
    }

    [Test]
    public void A_missing_key_file_is_reported()
    {
        var run = Token("--user", "u1", "--agency", "a", "--key-file", Path.Combine(directory, "tidak-ada"));

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Error, Does.Contain("tidak-ada: no such file"));
    }

    [Test]
    public void Finds_local_signing_key_in_a_directory_above()
    {
        Directory.CreateDirectory(Path.Combine(directory, ".local"));
        File.WriteAllText(Path.Combine(directory, ".local", "signing-key"), Key + "\n");
        var below = Directory.CreateDirectory(Path.Combine(directory, "src", "Workflows.Api")).FullName;

        AssertSignedWith(CliRun.In(below, new FixedClock(Now), "token", "--user", "u1", "--agency", "a"), Key);
    }

    [TestCase("8")]
    [TestCase("h")]
    [TestCase("0h")]
    [TestCase("-1h")]
    [TestCase("8y")]
    [TestCase("8 h")]
    [TestCase("366d")]
    [TestCase("9999999999d")]
    public void A_bad_expiry_is_a_usage_error(string expires)
    {
        var run = Token("--user", "u1", "--agency", "a", "--expires", expires, "--key", Key);

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error, Does.Contain($"--expires '{expires}'"));
    }

    [TestCase("--agency", "a")]
    [TestCase("--user", "u1")]
    [TestCase("--user", "u1", "--agency", "a", "--roles", "superuser")]
    [TestCase("--user", "u1", "--agency", "a", "--roles", ",")]
    [TestCase("--user", " ", "--agency", "a")]
    [TestCase("--user", "u1", "--agency", "a", "--scope", "all")]
    public void Bad_command_lines_are_usage_errors(params string[] args)
    {
        var run = Token([.. args, "--key", Key]);

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Out, Is.Empty);
    }

    [Test]
    public void The_issuer_refuses_short_keys_and_lifetimes_that_are_not_positive()
    {
        Assert.Throws<ArgumentException>(() => _ = new LocalTokenIssuer("pendek", TimeProvider.System));
        var issuer = new LocalTokenIssuer(Key, TimeProvider.System);
        Assert.Throws<ArgumentOutOfRangeException>(() => issuer.Issue(new TokenRequest("u1", "a") { Lifetime = TimeSpan.Zero }));
    }

    private CliRun Token(params string[] args) => CliRun.In(directory, new FixedClock(Now), ["token", .. args]);

    private static void AssertSignedWith(CliRun run, string key)
    {
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        var token = run.Out.Trim();
        var signingInput = token[..token.LastIndexOf('.')];
        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.ASCII.GetBytes(signingInput));

        Assert.That(Decode(token).Signature, Is.EqualTo(expected));
        Assert.That(token, Does.Not.Contain("=").And.Not.Contain("+").And.Not.Contain("/"));
    }

    private static (JsonElement Header, JsonElement Payload, byte[] Signature) Decode(string token)
    {
        var parts = token.Split('.');
        Assert.That(parts, Has.Length.EqualTo(3), token);
        return (
            JsonSerializer.Deserialize<JsonElement>(Base64Url.DecodeFromChars(parts[0])),
            JsonSerializer.Deserialize<JsonElement>(Base64Url.DecodeFromChars(parts[1])),
            Base64Url.DecodeFromChars(parts[2]));
    }

    private static string?[] Strings(JsonElement payload, string claim) =>
        payload.GetProperty(claim).EnumerateArray().Select(e => e.GetString()).ToArray();
}
