namespace Workflows.Api.Contracts;

/// <summary>The answer of <c>POST /definitions/validate</c>.</summary>
public sealed record ValidationView(string? Id, bool Valid, IReadOnlyList<DiagnosticView> Errors, IReadOnlyList<DiagnosticView> Warnings);
