using System.Net;
using Microsoft.Kiota.Abstractions;

namespace Workflows.Client;

/// <summary>
/// A request the server refused with an RFC 9457 problem (<c>application/problem+json</c>): <see cref="Code"/> names
/// the reason (<c>not-actor-role</c>, <c>task-not-open</c>, ...) as the README lists them, <see cref="Errors"/> says what
/// is wrong item by item. An <see cref="ApiException"/>, so code that catches Kiota's errors catches it too.
/// </summary>
public sealed class WorkflowsProblemException : ApiException
{
    /// <summary>A problem with nothing known about it.</summary>
    public WorkflowsProblemException()
    {
    }

    /// <summary>A problem described by <paramref name="message"/>.</summary>
    public WorkflowsProblemException(string message)
        : base(message)
    {
    }

    /// <summary>A problem described by <paramref name="message"/>, caused by <paramref name="innerException"/>.</summary>
    public WorkflowsProblemException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal WorkflowsProblemException(HttpStatusCode status, string? code, string? type, string? title, string? detail, IReadOnlyList<string> errors)
        : base($"{(int)status} {code ?? type ?? title}: {detail}")
    {
        ResponseStatusCode = (int)status;
        Code = code;
        Type = type;
        Title = title;
        Detail = detail;
        Errors = errors;
    }

    /// <summary>The reason in one word (the problem's <c>code</c>), e.g. <c>not-actor-role</c>.</summary>
    public string? Code { get; }

    /// <summary>The problem's <c>type</c>, <c>urn:workflows:problem:&lt;code&gt;</c>.</summary>
    public string? Type { get; }

    /// <summary>The problem's <c>title</c>: the kind of refusal (<c>Not allowed</c>, <c>Conflict with the current state</c>).</summary>
    public string? Title { get; }

    /// <summary>What happened, in a sentence.</summary>
    public string? Detail { get; }

    /// <summary>What is wrong item by item (<c>data.nip: must match ...</c>), empty when the problem lists nothing.</summary>
    public IReadOnlyList<string> Errors { get; } = [];
}
