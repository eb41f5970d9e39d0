namespace Workflows.Testing;

/// <summary>
/// Locates the checked-out repository from the running assembly's folder, so that tests, the benchmark and the
/// reliability suite read the real <c>workflows/</c> and <c>deploy/</c> folders rather than copies.
/// </summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Workflows => Path.Combine(Root, "workflows");

    public static string Calendars => Path.Combine(Workflows, "calendars");

    /// <summary>A file a test project copies to its output folder under <c>Fixtures/</c>.</summary>
    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Workflows.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Workflows.sln not found above " + AppContext.BaseDirectory);
    }
}
