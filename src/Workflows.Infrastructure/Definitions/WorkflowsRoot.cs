using Workflows.Core.Calendars;

namespace Workflows.Infrastructure.Definitions;

/// <summary>Finds the workflows folder: the configured path, or the nearest parent folder holding it.</summary>
internal static class WorkflowsRoot
{
    public static string Resolve(string configured)
    {
        if (Path.IsPathRooted(configured))
        {
            return Require(configured);
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, configured);
            if (Directory.Exists(Path.Combine(candidate, WorkflowFiles.CalendarsFolder)))
            {
                return candidate;
            }
        }

        return Require(Path.GetFullPath(configured));
    }

    private static string Require(string path) =>
        Directory.Exists(Path.Combine(path, WorkflowFiles.CalendarsFolder))
            ? path
            : throw new InvalidOperationException(
                $"Workflows:Root '{path}' is not a workflows folder (it has no '{WorkflowFiles.CalendarsFolder}/'). Set Workflows__Root.");
}
