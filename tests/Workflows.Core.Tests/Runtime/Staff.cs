using Workflows.Core.Runtime;

namespace Workflows.Core.Tests.Runtime;

/// <summary>The people who work the test cases, each with the SOP actor roles they hold.</summary>
internal static class Staff
{
    public static readonly Actor Analis = new("analis-1", new HashSet<string> { "analis" });

    public static readonly Actor OtherAnalis = new("analis-2", new HashSet<string> { "analis" });

    public static readonly Actor Kabid = new("kabid-1", new HashSet<string> { "kabid" });

    public static readonly Actor Pemohon = new("pemohon-1", new HashSet<string>());
}
