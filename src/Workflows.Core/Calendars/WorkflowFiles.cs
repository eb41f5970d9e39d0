namespace Workflows.Core.Calendars;

/// <summary>
/// How a <c>workflows/</c> folder is laid out: definitions in <c>&lt;agency&gt;/&lt;sop&gt;.yaml</c>, calendars in
/// <c>calendars/</c>. The root is the nearest folder holding a <c>calendars</c> folder.
/// </summary>
public static class WorkflowFiles
{
    public const string CalendarsFolder = "calendars";

    public static bool IsYaml(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    public static bool IsCalendarFile(string path) =>
        string.Equals(Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(path))), CalendarsFolder, StringComparison.Ordinal);

    /// <summary>Every YAML file named by <paramref name="paths"/>: files as given, folders searched recursively, sorted.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, ICollection<string> missing)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(IsYaml).Order(StringComparer.Ordinal));
            }
            else
            {
                missing.Add(path);
            }
        }

        return files;
    }

    /// <summary>The workflows root above <paramref name="path"/>, or null when there is none.</summary>
    public static string? FindRoot(string path)
    {
        var full = Path.GetFullPath(path);
        for (var dir = Directory.Exists(full) ? full : Path.GetDirectoryName(full); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (Directory.Exists(Path.Combine(dir, CalendarsFolder)))
            {
                return dir;
            }
        }

        return null;
    }
}
