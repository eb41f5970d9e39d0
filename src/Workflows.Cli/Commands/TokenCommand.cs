using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Workflows.Cli.Tokens;
using Workflows.Core.Access;

namespace Workflows.Cli.Commands;

/// <summary><c>token</c>: a JWT for the server's embedded default mode, printed alone so that <c>TOKEN=$(workflows token ...)</c> works.</summary>
public sealed partial class TokenCommand(TextWriter stdout, TextWriter stderr, TimeProvider time)
{
    // A token that outlives a year is not a local development token any more.
    private const long LongestLifetimeDays = 365;

    private static readonly string[] KnownRoles = ["staff", "supervisor", "admin", "platform-admin"];

    private static readonly Dictionary<string, long> UnitSeconds = new(StringComparer.Ordinal)
    {
        ["s"] = 1,
        ["m"] = 60,
        ["h"] = 3600,
        ["d"] = 86400,
    };

    public int Run(CommandLine line)
    {
        line.Allow("user", "agency", "roles", "actors", "name", "expires", "key", "key-file");
        if (line.Positional.Count > 0)
        {
            throw new UsageException($"token takes no arguments, got '{line.Positional[0]}'");
        }

        var request = Request(line);
        var key = line.Option("key");
        var keyFile = key is null ? line.Option("key-file") : null;
        if (keyFile is not null && !File.Exists(keyFile))
        {
            stderr.WriteLine($"workflows: {keyFile}: no such file");
            return CliApp.Invalid;
        }

        var found = LocalSigningKey.Find(key, keyFile, Environment.CurrentDirectory)
            ?? throw new UsageException(
                $"no signing key: pass --key or --key-file, set {LocalSigningKey.EnvironmentVariable}, "
                + $"or run from a checkout whose {LocalSigningKey.FileName} exists (the server's `make run` writes it)");

        if (Encoding.UTF8.GetByteCount(found.Secret) < LocalTokenIssuer.MinimumKeyBytes)
        {
            stderr.WriteLine(
                $"workflows: the signing key from {found.Source} is too short: HS256 needs at least {LocalTokenIssuer.MinimumKeyBytes} bytes");
            return CliApp.Invalid;
        }

        stdout.WriteLine(new LocalTokenIssuer(found.Secret, time).Issue(request));
        return CliApp.Ok;
    }

    private static TokenRequest Request(CommandLine line) =>
        new(NotBlank("user", line.Required("user")), NotBlank("agency", line.Required("agency")))
        {
            Roles = line.Options("roles").Count > 0 ? Roles(line) : [TokenRequest.DefaultRole],
            Actors = List(line, "actors"),
            Name = line.Option("name") is { } name ? NotBlank("name", name) : null,
            Lifetime = line.Option("expires") is { } expires ? Lifetime(expires) : TokenRequest.DefaultLifetime,
        };

    private static string NotBlank(string name, string value) =>
        value.Trim() is { Length: > 0 } trimmed ? trimmed : throw new UsageException($"--{name} must not be empty");

    private static string[] Roles(CommandLine line)
    {
        var roles = List(line, "roles");
        if (roles.Length == 0)
        {
            throw new UsageException("--roles must name at least one role");
        }

        var unknown = roles.FirstOrDefault(r => !KnownRoles.Contains(r));
        return unknown is null
            ? roles
            : throw new UsageException($"unknown role '{unknown}' (known: {string.Join(", ", KnownRoles)})");
    }

    /// <summary>Comma-separated values from every occurrence of the option, in order, without blanks or repeats.</summary>
    private static string[] List(CommandLine line, string name) =>
        line.Options(name)
            .SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.Ordinal)
            .ToArray();

    private static TimeSpan Lifetime(string text)
    {
        var match = LifetimePattern().Match(text);
        var amount = match.Success ? long.Parse(match.Groups["amount"].Value, NumberStyles.None, CultureInfo.InvariantCulture) : 0;
        if (amount == 0)
        {
            throw new UsageException($"--expires '{text}' is not a positive number of s, m, h or d (e.g. 30m, 8h, 7d)");
        }

        var seconds = amount * UnitSeconds[match.Groups["unit"].Value];
        return seconds <= LongestLifetimeDays * UnitSeconds["d"]
            ? TimeSpan.FromSeconds(seconds)
            : throw new UsageException($"--expires '{text}' is longer than {LongestLifetimeDays}d");
    }

    [GeneratedRegex("^(?<amount>[0-9]{1,9})(?<unit>[smhd])$", RegexOptions.CultureInvariant)]
    private static partial Regex LifetimePattern();
}
