using Workflows.Api.Hosting;
using Workflows.Infrastructure.Persistence;

var builder = WebApplication.CreateBuilder(args);
builder.AddWorkflowsApi();

var app = builder.Build();
if (app.Configuration.GetValue<bool>("Workflows:MigrateOnly"))
{
    // A deployment's migration step (an init container, a one-shot service): migrate as the owner role, then exit.
    await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(migrate: true, import: false, CancellationToken.None);
    return;
}

app.UseWorkflowsApi();
await app.RunAsync();

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
