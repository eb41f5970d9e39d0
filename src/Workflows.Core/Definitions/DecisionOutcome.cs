using Workflows.Core.Expressions;

namespace Workflows.Core.Definitions;

/// <summary>A choice at a decision step; <see cref="When"/> limits when the actor may pick it.</summary>
public sealed record DecisionOutcome(string Name, string? Title, string Target, Condition? When);
