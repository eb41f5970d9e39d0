namespace Workflows.Api.Tests.Support;

/// <summary>
/// The workflows folder the test server imports: the repository's calendars and definitions plus the test fixtures
/// (agencies <c>dinas-uji</c> and <c>bkd-lain</c>), copied into a temporary folder.
/// </summary>
internal static class TestWorkflowsFolder
{
    public static string Create()
    {
        var root = Path.Combine(Path.GetTempPath(), $"workflows-tests-{Guid.NewGuid():N}");
        Copy(Path.Combine(RepositoryRoot(), "workflows"), root);
        Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "workflows"), root);
        return root;
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Workflows.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with Workflows.sln) was not found above " + AppContext.BaseDirectory);
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
