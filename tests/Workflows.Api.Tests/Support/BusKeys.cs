using Workflows.Contracts.V1;

namespace Workflows.Api.Tests.Support;

/// <summary>The agencies' bus signing keys the test servers are configured with (<c>Workflows:Bus:AgencyKeys</c>).</summary>
public static class BusKeys
{
    public const string Uji = "dinas-uji-bus-key-0123456789abcdef0123456789";

    public const string Lain = "bkd-lain-bus-key-0123456789abcdef0123456789";

    /// <summary>Sets the keys for every server started afterwards (Program reads its configuration as it starts).</summary>
    public static void Configure()
    {
        Environment.SetEnvironmentVariable($"Workflows__Bus__AgencyKeys__{Users.UjiAgency}", Uji);
        Environment.SetEnvironmentVariable($"Workflows__Bus__AgencyKeys__{Users.Lain}", Lain);
    }

    /// <summary>The message signed as dinas-uji's integration signs it.</summary>
    public static DeliverMessage SignedByUji(this DeliverMessage message) => DeliverMessageSignature.Sign(message, Uji);
}
