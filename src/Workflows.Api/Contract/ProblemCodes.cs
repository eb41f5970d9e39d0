namespace Workflows.Api.Contract;

/// <summary>
/// Endpoint metadata: the problem codes an operation answers with besides the ones every request can meet (token,
/// policy, body guards, database), which <see cref="ProblemResponsesTransformer"/> adds by itself.
/// </summary>
public sealed record ProblemCodes(IReadOnlyList<string> Codes);
