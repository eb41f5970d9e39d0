namespace Workflows.Cli;

/// <summary>Positional arguments plus <c>--name value</c> options (which may repeat) and <c>--flag</c> switches.</summary>
public sealed class CommandLine
{
    private static readonly HashSet<string> Switches = ["json"];

    private readonly Dictionary<string, List<string>> options = new(StringComparer.Ordinal);
    private readonly HashSet<string> flags = new(StringComparer.Ordinal);

    public List<string> Positional { get; } = [];

    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        var line = new CommandLine();
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                line.Positional.Add(args[i]);
                continue;
            }

            var name = args[i][2..];
            if (Switches.Contains(name))
            {
                line.flags.Add(name);
            }
            else if (i + 1 < args.Count)
            {
                if (!line.options.TryGetValue(name, out var values))
                {
                    line.options[name] = values = [];
                }

                values.Add(args[++i]);
            }
            else
            {
                throw new UsageException($"option --{name} needs a value");
            }
        }

        return line;
    }

    public bool Flag(string name) => flags.Contains(name);

    /// <summary>The last value given for an option, so that a later <c>--name</c> overrides an earlier one.</summary>
    public string? Option(string name) => options.GetValueOrDefault(name)?[^1];

    /// <summary>Every value given for an option, in order; empty when it was not given.</summary>
    public IReadOnlyList<string> Options(string name) => options.GetValueOrDefault(name) ?? [];

    public string Required(string name) => Option(name) ?? throw new UsageException($"missing --{name}");

    /// <summary>Rejects options the command does not know, so that a typo is not silently ignored.</summary>
    public void Allow(params string[] names)
    {
        var unknown = options.Keys.Concat(flags).FirstOrDefault(n => !names.Contains(n));
        if (unknown is not null)
        {
            throw new UsageException($"unknown option --{unknown}");
        }
    }
}
