namespace Workflows.Core.Definitions;

/// <summary>A kind of document handed from step to step: a <i>kelengkapan</i> or an output.</summary>
public sealed record DocumentType(string Id, string Title);
