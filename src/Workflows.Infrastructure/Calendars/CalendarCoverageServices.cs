using Microsoft.Extensions.DependencyInjection;

namespace Workflows.Infrastructure.Calendars;

public static class CalendarCoverageServices
{
    /// <summary>The coverage check, its gauge, the weekly notices and the daily watch.</summary>
    public static IServiceCollection AddCalendarCoverage(this IServiceCollection services)
    {
        services.AddOptions<CalendarOptions>().BindConfiguration(CalendarOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddMetrics();
        services.AddSingleton<CoverageGauge>();
        services.AddScoped<CoverageCheck>();
        services.AddScoped<CoverageNotices>();
        // After the database initializer: hosted services start in order, and the watch reads the imported definitions.
        services.AddHostedService<CoverageWatch>();
        return services;
    }
}
