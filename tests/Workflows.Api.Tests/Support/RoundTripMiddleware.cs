using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Infrastructure.Persistence;

namespace Workflows.Api.Tests.Support;

/// <summary>
/// Counts the round trips of each request that asks for it (<see cref="RoundTrips.Header"/>), outermost, so an
/// idempotent request's own key handling is counted too. The count goes out with the answer's headers, which a request
/// that buffers its answer (the idempotency middleware) sends only after its commit.
/// </summary>
internal sealed class RoundTripMiddleware : IStartupFilter
{
    public static void AddTo(IServiceCollection services)
    {
        RoundTrips.Listen();
        services.AddSingleton<IStartupFilter, RoundTripMiddleware>();
        services.ConfigureDbContext<WorkflowsDbContext>(options => options.AddInterceptors(new RoundTripInterceptor()));
    }

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, following) =>
        {
            if (!context.Request.Headers.TryGetValue(RoundTrips.Header, out var probe))
            {
                await following(context);
                return;
            }

            var trips = RoundTrips.Begin();
            context.Response.OnStarting(() =>
            {
                RoundTrips.Keep(probe.ToString(), trips);
                context.Response.Headers[RoundTrips.CountHeader] = RoundTrips.Of(probe.ToString()).Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return Task.CompletedTask;
            });
            await following(context);
        });
        next(app);
    };
}
