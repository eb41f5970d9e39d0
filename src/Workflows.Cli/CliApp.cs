using Workflows.Cli.Commands;

namespace Workflows.Cli;

/// <summary>The <c>workflows</c> command: dispatches to a subcommand and turns usage errors into exit code 2.</summary>
public static class CliApp
{
    public const int Ok = 0;
    public const int Invalid = 1;
    public const int UsageError = 2;

    public const string Usage = """
        usage:
          workflows validate PATH...        check definitions and calendars; prints file:line:col: message
          workflows lint PATH...            validate, and also print warnings
          workflows inspect FILE [--json]   print the compiled definition
          workflows index FOLDER            print the Markdown index of a workflows folder
          workflows due --calendar ID --start ISO8601 --duration TEXT [--calendars DIR] [--json]
                                            compute a due time on a working calendar
          workflows token --user ID --agency AGENCY [--roles R,...] [--actors A,...] [--name TEXT]
                          [--expires 8h|30m|7d] [--key SECRET | --key-file PATH]
                                            print a JWT for the local server; the key may also come from
                                            WORKFLOWS_SIGNING_KEY or .local/signing-key here or above
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) =>
        Run(args, stdout, stderr, TimeProvider.System);

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, TimeProvider time)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            (args.Length == 0 ? stderr : stdout).WriteLine(Usage);
            return args.Length == 0 ? UsageError : Ok;
        }

        try
        {
            var options = CommandLine.Parse(args[1..]);
            return args[0] switch
            {
                "validate" => new ValidateCommand(stdout, stderr, includeWarnings: false, time).Run(options),
                "lint" => new ValidateCommand(stdout, stderr, includeWarnings: true, time).Run(options),
                "inspect" => new InspectCommand(stdout, stderr).Run(options),
                "index" => new IndexCommand(stdout, stderr).Run(options),
                "due" => new DueCommand(stdout, stderr).Run(options),
                "token" => new TokenCommand(stdout, stderr, time).Run(options),
                _ => throw new UsageException($"unknown command '{args[0]}'"),
            };
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"workflows: {e.Message}");
            stderr.WriteLine(Usage);
            return UsageError;
        }
    }
}
