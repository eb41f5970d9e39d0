using Workflows.Infrastructure.Results;
using Workflows.Infrastructure.Runtime;

namespace Workflows.Infrastructure.Messaging;

/// <summary>
/// The answer to an inbound message: <see cref="Instance"/> when delivered, <see cref="Record"/> id when kept (held,
/// unmatched, rejected), <see cref="Failure"/> when it was refused outright (only for requests made in person).
/// </summary>
public sealed record InboundResult(InboundStatus Status, InstanceSnapshot? Instance = null, Guid? Record = null, Failure? Failure = null);
