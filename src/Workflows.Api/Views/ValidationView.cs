using Workflows.Core.Diagnostics;

namespace Workflows.Api.Views;

/// <summary>
/// The answer of <c>POST /definitions/validate</c>: the first <see cref="MaxListed"/> errors and warnings, and how many
/// there are in all (a 1 MiB definition can give a hundred thousand; the CLI prints them all).
/// </summary>
public sealed record ValidationView(
    string? Id, bool Valid, IReadOnlyList<DiagnosticView> Errors, IReadOnlyList<DiagnosticView> Warnings, int ErrorCount, int WarningCount)
{
    public const int MaxListed = 200;

    public static ValidationView From(string? id, IReadOnlyCollection<Diagnostic> errors, IReadOnlyCollection<Diagnostic> warnings)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(warnings);
        return new(id, errors.Count == 0, DiagnosticView.FirstOf(errors, MaxListed), DiagnosticView.FirstOf(warnings, MaxListed), errors.Count, warnings.Count);
    }
}
