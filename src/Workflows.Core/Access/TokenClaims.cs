namespace Workflows.Core.Access;

/// <summary>Names of the claims in a local token; the server reads the same names.</summary>
public static class TokenClaims
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Agency = "agency";
    public const string Roles = "roles";
    public const string Actors = "actors";
    public const string Issuer = "iss";
    public const string Audience = "aud";
    public const string IssuedAt = "iat";
    public const string NotBefore = "nbf";
    public const string Expires = "exp";
    public const string TokenId = "jti";
}
