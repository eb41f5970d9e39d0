using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using Workflows.Core.Access;

namespace Workflows.Api.Auth;

public static class AuthServices
{
    /// <summary>JWT bearer authentication (OIDC authority or local key) and one policy per system role.</summary>
    public static IHostApplicationBuilder AddWorkflowsAuth(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        if (string.IsNullOrWhiteSpace(options.Authority) && string.IsNullOrWhiteSpace(options.SigningKey))
        {
            throw new InvalidOperationException(
                "Set Auth:Authority (an OIDC issuer) or Auth:SigningKey (a local HS256 secret of at least 32 bytes), e.g. the environment variable Auth__SigningKey.");
        }

        builder.Services.Configure<AuthOptions>(builder.Configuration.GetSection(AuthOptions.Section));
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(jwt =>
        {
            jwt.MapInboundClaims = false;
            jwt.TokenValidationParameters = new TokenValidationParameters
            {
                ValidAudience = options.Audience,
                NameClaimType = TokenClaims.Subject,
                RoleClaimType = TokenClaims.Roles,
                ClockSkew = TimeSpan.FromSeconds(30),
                RequireExpirationTime = true,
            };
            jwt.Events = new JwtBearerEvents { OnTokenValidated = context => TokenLifetime.Check(context, options.MaxTokenLifetime) };
            if (!string.IsNullOrWhiteSpace(options.Authority))
            {
                jwt.Authority = options.Authority;
                jwt.RequireHttpsMetadata = options.RequireHttpsMetadata;
            }
            else
            {
                var key = Encoding.UTF8.GetBytes(options.SigningKey!.Trim());
                if (key.Length < 32)
                {
                    throw new InvalidOperationException("Auth:SigningKey must be at least 32 bytes for HS256.");
                }

                jwt.TokenValidationParameters.ValidIssuer = LocalTokenIssuer.Issuer;
                jwt.TokenValidationParameters.IssuerSigningKey = new SymmetricSecurityKey(key);
                jwt.TokenValidationParameters.ValidAlgorithms = [SecurityAlgorithms.HmacSha256];
            }
        });
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Admin, p => p.RequireRole(SystemRoles.Admin, SystemRoles.PlatformAdmin))
            .AddPolicy(Policies.Staff, p => p.RequireRole(SystemRoles.Staff, SystemRoles.PlatformAdmin))
            .AddPolicy(Policies.Supervisor, p => p.RequireRole(SystemRoles.Supervisor, SystemRoles.PlatformAdmin))
            .AddPolicy(Policies.PlatformAdmin, p => p.RequireRole(SystemRoles.PlatformAdmin));
        return builder;
    }
}
