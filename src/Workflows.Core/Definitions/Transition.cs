using Workflows.Core.Expressions;

namespace Workflows.Core.Definitions;

/// <summary>A way out of a step; the first transition whose condition holds is taken.</summary>
public sealed record Transition(string Target, Condition? When);
