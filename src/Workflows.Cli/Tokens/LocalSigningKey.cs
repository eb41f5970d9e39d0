namespace Workflows.Cli.Tokens;

/// <summary>
/// Finds the shared secret the local server signs with: <c>--key</c>, <c>--key-file</c>,
/// <see cref="EnvironmentVariable"/>, then <see cref="FileName"/> in the current directory or one above it.
/// </summary>
public static class LocalSigningKey
{
    public const string EnvironmentVariable = "WORKFLOWS_SIGNING_KEY";

    /// <summary>Where the server's <c>make run</c> writes the key, relative to the repository root.</summary>
    public const string FileName = ".local/signing-key";

    /// <summary>The secret and a description of where it came from, or null when there is none anywhere.</summary>
    /// <remarks>An explicit <paramref name="keyFile"/> is read as given; the caller checks that it exists.</remarks>
    public static (string Secret, string Source)? Find(string? key, string? keyFile, string currentDirectory)
    {
        if (key is not null)
        {
            return (key, "--key");
        }

        if (keyFile is not null)
        {
            return (Read(keyFile), keyFile);
        }

        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment)
        {
            return (fromEnvironment, EnvironmentVariable);
        }

        for (var dir = new DirectoryInfo(currentDirectory); dir is not null; dir = dir.Parent)
        {
            var file = Path.Combine(dir.FullName, FileName);
            if (File.Exists(file))
            {
                return (Read(file), file);
            }
        }

        return null;
    }

    // Key files are written by shell commands that end them with a newline, which is not part of the secret.
    private static string Read(string file) => File.ReadAllText(file).Trim();
}
