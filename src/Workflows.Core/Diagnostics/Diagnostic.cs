namespace Workflows.Core.Diagnostics;

/// <summary>One problem found in a definition or calendar file, located so that an administrator can fix it.</summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, string File, SourcePosition Position)
{
    /// <summary>Renders <c>file:line:col: message</c>; warnings are marked so that lint output reads at a glance.</summary>
    public override string ToString() =>
        Severity == Severity.Warning
            ? $"{File}:{Position}: warning: {Message}"
            : $"{File}:{Position}: {Message}";
}
