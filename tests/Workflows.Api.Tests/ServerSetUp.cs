using Workflows.Api.Tests.Support;

namespace Workflows.Api.Tests;

/// <summary>Starts the server once before every test of the assembly and stops it after the last.</summary>
[SetUpFixture]
public sealed class ServerSetUp
{
    [OneTimeSetUp]
    public Task StartAsync() => WorkflowsServer.StartAsync();

    [OneTimeTearDown]
    public Task StopAsync() => WorkflowsServer.StopAsync();
}
