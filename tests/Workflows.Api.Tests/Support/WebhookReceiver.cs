using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Infrastructure.Webhooks;

namespace Workflows.Api.Tests.Support;

/// <summary>
/// An integrator's HTTP endpoint on loopback: it checks each POST's signature with the secret it was given and
/// answers 503 to the first <see cref="FailFirst"/> requests, as a flaky receiver would. It can also answer as a hostile
/// one: a redirect to another of its paths, or a 200 whose body never ends.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private int requests;
    private int redirectsFollowed;

    private WebhookReceiver(WebApplication app) => this.app = app;

    public string Url { get; private set; } = "";

    /// <summary>The secret the server gave when the webhook was registered.</summary>
    public string Secret { get; set; } = "";

    public int FailFirst { get; set; }

    /// <summary>Bodies accepted (2xx), with whether their signature verified.</summary>
    public ConcurrentQueue<(string Type, string Body, bool SignatureValid)> Accepted { get; } = new();

    public int Requests => requests;

    /// <summary>Answer 302 to <c>/elsewhere</c> instead of accepting.</summary>
    public bool RedirectElsewhere { get; set; }

    /// <summary>Answer 200 and then send body chunks until the sender goes away (at most a minute).</summary>
    public bool EndlessBody { get; set; }

    /// <summary>Requests that arrived at <c>/elsewhere</c>: a sender that followed the redirect.</summary>
    public int RedirectsFollowed => redirectsFollowed;

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/hook", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            var body = await reader.ReadToEndAsync();
            if (Interlocked.Increment(ref receiver.requests) <= receiver.FailFirst)
            {
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            }

            if (receiver.RedirectElsewhere)
            {
                return Results.Redirect("/elsewhere");
            }

            if (receiver.EndlessBody)
            {
                await StreamUntilAbortedAsync(http);
                return Results.Empty;
            }

            var timestamp = long.Parse(http.Request.Headers[WebhookSignature.TimestampHeader]!, System.Globalization.CultureInfo.InvariantCulture);
            var valid = WebhookSignature.Verify(receiver.Secret, timestamp, body, http.Request.Headers[WebhookSignature.Header]);
            receiver.Accepted.Enqueue((http.Request.Headers[WebhookSignature.EventHeader]!, body, valid));
            return valid ? Results.NoContent() : Results.Unauthorized();
        });
        app.MapPost("/elsewhere", () =>
        {
            Interlocked.Increment(ref receiver.redirectsFollowed);
            return Results.NoContent();
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Url = address + "/hook";
        return receiver;
    }

    private static async Task StreamUntilAbortedAsync(HttpContext http)
    {
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "text/plain";
        await http.Response.StartAsync();
        var chunk = new byte[64 * 1024];
        var until = DateTime.UtcNow.AddMinutes(1);
        try
        {
            while (DateTime.UtcNow < until && !http.RequestAborted.IsCancellationRequested)
            {
                await http.Response.Body.WriteAsync(chunk, http.RequestAborted);
                await http.Response.Body.FlushAsync(http.RequestAborted);
                await Task.Delay(50, http.RequestAborted);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The sender closed the connection: what a sender that reads no body does.
        }
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
