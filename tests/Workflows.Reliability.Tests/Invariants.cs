using Workflows.Testing;

namespace Workflows.Reliability.Tests;

/// <summary>Checks against the database, each printed with its count so the run shows what it verified.</summary>
internal static class Invariants
{
    public static async Task<long> CountAsync(string database, string sql) => await Cluster.ScalarAsync<long>(database, sql);

    /// <summary>Asserts <paramref name="actual"/> equals <paramref name="expected"/> and prints the line.</summary>
    public static void Holds(string invariant, long actual, long expected)
    {
        TestContext.Progress.WriteLine($"  invariant: {invariant}: {actual} (expected {expected})");
        Assert.That(actual, Is.EqualTo(expected), invariant);
    }

    public static void Print(string fact, object value) => TestContext.Progress.WriteLine($"  {fact}: {value}");
}
