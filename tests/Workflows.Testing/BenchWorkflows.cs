namespace Workflows.Testing;

/// <summary>
/// The workflows folder a benchmark or reliability server imports: the repository's calendars and definitions plus
/// the benchmark definition (<c>bench.tiga-langkah</c>, kept beside these helpers), copied to a temporary folder.
/// </summary>
public static class BenchWorkflows
{
    public static string RepositoryRoot() => RepositoryPaths.Root;

    /// <summary>A fresh copy; the caller deletes it.</summary>
    public static string CreateFolder(string repo)
    {
        var root = Path.Combine(Path.GetTempPath(), $"workflows-bench-{Guid.NewGuid():N}");
        foreach (var from in new[] { Path.Combine(repo, "workflows"), Path.Combine(repo, "tests", "Workflows.Testing", "workflows") })
        {
            foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(root, Path.GetRelativePath(from, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target, overwrite: true);
            }
        }

        return root;
    }
}
