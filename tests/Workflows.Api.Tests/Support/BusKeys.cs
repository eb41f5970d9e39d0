using Workflows.Contracts.V1;

namespace Workflows.Api.Tests.Support;

/// <summary>The agencies' bus signing keys the test servers are configured with (<c>Workflows:Bus:AgencyKeys</c>).</summary>
public static class BusKeys
{
    public const string Uji = "dinas-uji-bus-key-0123456789abcdef0123456789";

    public const string Lain = "bkd-lain-bus-key-0123456789abcdef0123456789";

    /// <summary>The settings that give a server the keys.</summary>
    public static (string Key, string? Value)[] Settings() =>
        [($"Workflows:Bus:AgencyKeys:{Users.UjiAgency}", Uji), ($"Workflows:Bus:AgencyKeys:{Users.Lain}", Lain)];

    /// <summary>The message signed as dinas-uji's integration signs it.</summary>
    public static DeliverMessage SignedByUji(this DeliverMessage message) => DeliverMessageSignature.Sign(message, Uji);
}
