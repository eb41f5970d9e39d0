using Workflows.Api.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddWorkflowsApi();

var app = builder.Build();
app.UseWorkflowsApi();
app.Run();

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
