using System.Diagnostics;
using Npgsql;
using Workflows.Testing;

namespace Workflows.Reliability.Tests;

/// <summary>
/// The deployment shape of <c>deploy/</c>: a migration step runs the server binary with <c>Workflows:MigrateOnly</c> as
/// the owner role and exits; the nodes then run as a role that owns nothing, without migrating, and serve instances; that
/// role cannot touch the audit trail's guard. A node refuses to start on a database that was never migrated.
/// </summary>
[NonParallelizable]
public sealed class DatabaseRoleTests
{
    [Test]
    public async Task A_migration_step_as_the_owner_then_nodes_that_own_nothing()
    {
        await using var deployment = await Deployment.CreateAsync("workflows_reliability_roles");
        var server = new NpgsqlConnectionStringBuilder(deployment.Database) { Username = "workflows_app" }.ConnectionString;
        var serverOnly = new Dictionary<string, string>
        {
            ["ConnectionStrings__Workflows"] = server,
            ["Workflows__MigrateOnStart"] = "false",
        };

        var refused = Assert.ThrowsAsync<InvalidOperationException>(() => deployment.StartNodeAsync(5231, serverOnly));
        Assert.That(refused!.Message, Does.Contain("exited"), "a node that may not migrate refuses an unmigrated database");

        Assert.That(await MigrateOnlyAsync(deployment, server), Is.Zero, "the migration step exits 0");
        var node = await deployment.StartNodeAsync(5232, serverOnly);
        using var staff = new Staff([node.Url], "bench", "petugas-peran", ["staff"], "petugas");
        var kasus = await staff.PostAsync("/instances", new { definition = LoadDriver.Definition, businessKey = "PERAN-1" });
        Assert.That(kasus["status"]!.GetValue<string>(), Is.EqualTo("running"));

        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var disable = new NpgsqlCommand("ALTER TABLE workflows.audit DISABLE TRIGGER ALL", connection);
        var error = Assert.ThrowsAsync<PostgresException>(() => disable.ExecuteNonQueryAsync());
        Assert.That(error!.SqlState, Is.EqualTo(PostgresErrorCodes.InsufficientPrivilege));
        Invariants.Print("server role may disable the audit trigger", "no");
    }

    private static async Task<int> MigrateOnlyAsync(Deployment deployment, string server)
    {
        var bin = Path.Combine(deployment.Repo, "src", "Workflows.Api", "bin", "Release", "net10.0");
        var info = new ProcessStartInfo("dotnet", $"\"{Path.Combine(bin, "Workflows.Api.dll")}\" --contentRoot \"{bin}\"") { RedirectStandardError = true, RedirectStandardOutput = true };
        info.Environment["ConnectionStrings__Workflows"] = server;
        info.Environment["ConnectionStrings__WorkflowsOwner"] = deployment.Database;
        info.Environment["Workflows__MigrateOnly"] = "true";
        info.Environment["Auth__SigningKey"] = ServerProcess.SigningKey;
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            TestContext.Out.WriteLine(await output + errors);
        }

        return process.ExitCode;
    }
}
