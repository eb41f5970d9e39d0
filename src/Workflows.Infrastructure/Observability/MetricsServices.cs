using Microsoft.Extensions.DependencyInjection;

namespace Workflows.Infrastructure.Observability;

public static class MetricsServices
{
    /// <summary>
    /// The settings of the metrics and the counts behind the gauges of <see cref="WorkflowsMetrics"/>; whether anything
    /// reads them is the host's choice (<see cref="MetricsOptions.Enabled"/>).
    /// </summary>
    public static IServiceCollection AddWorkflowsMetrics(this IServiceCollection services)
    {
        services.AddOptions<MetricsOptions>().BindConfiguration(MetricsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<OpenWorkCounts>();
        return services;
    }
}
