using System.Security.Claims;
using Workflows.Core.Access;
using Workflows.Infrastructure.Persistence;

namespace Workflows.Api.Idempotency;

/// <summary>
/// Whose an <c>Idempotency-Key</c> is: the token's issuer, agency and subject. A user id alone is not a person — every
/// agency has its own <c>admin</c> and <c>kaban</c> — so keys scoped by it alone let one agency replay another's answers.
/// </summary>
internal sealed record IdempotencyScope(string Issuer, string Agency, string Subject)
{
    public static IdempotencyScope From(ClaimsPrincipal principal)
    {
        var subject = principal.FindFirst(TokenClaims.Subject) ?? throw new InvalidOperationException("The token has no 'sub' claim.");
        return new(
            principal.FindFirstValue(TokenClaims.Issuer) ?? subject.Issuer,
            principal.FindFirstValue(TokenClaims.Agency) ?? string.Empty,
            subject.Value);
    }

    public IQueryable<IdempotencyRow> Keys(WorkflowsDbContext db, string key) =>
        db.IdempotencyKeys.Where(k => k.Issuer == Issuer && k.Agency == Agency && k.Subject == Subject && k.Key == key);
}
