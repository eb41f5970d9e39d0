using System.Net;
using System.Net.Sockets;

namespace Workflows.Infrastructure.Webhooks;

/// <summary>
/// Which IP addresses a webhook may be sent to: public unicast only. Loopback, "this network", private (RFC 1918),
/// carrier-grade NAT, link-local (with the cloud metadata service at 169.254.169.254), unique-local, multicast,
/// broadcast and reserved ranges belong to the deployment's own network, and a webhook must not become a way to reach
/// them. IPv6 forms that carry an IPv4 address (mapped, compatible, NAT64, 6to4) are judged by that address.
/// </summary>
public static class WebhookAddressPolicy
{
    private static readonly IPAddress Nat64 = IPAddress.Parse("64:ff9b::");

    private static readonly (IPAddress Network, int Prefix)[] RefusedV4 =
    [
        (IPAddress.Parse("0.0.0.0"), 8),
        (IPAddress.Parse("10.0.0.0"), 8),
        (IPAddress.Parse("100.64.0.0"), 10),
        (IPAddress.Parse("127.0.0.0"), 8),
        (IPAddress.Parse("169.254.0.0"), 16),
        (IPAddress.Parse("172.16.0.0"), 12),
        (IPAddress.Parse("192.0.0.0"), 24),
        (IPAddress.Parse("192.168.0.0"), 16),
        (IPAddress.Parse("198.18.0.0"), 15),
        (IPAddress.Parse("224.0.0.0"), 4),
        (IPAddress.Parse("240.0.0.0"), 4),
    ];

    private static readonly (IPAddress Network, int Prefix)[] RefusedV6 =
    [
        (IPAddress.Parse("::"), 128),
        (IPAddress.Parse("::1"), 128),
        (IPAddress.Parse("fc00::"), 7),
        (IPAddress.Parse("fe80::"), 10),
        (IPAddress.Parse("fec0::"), 10),
        (IPAddress.Parse("ff00::"), 8),
    ];

    /// <summary>Whether a webhook may connect to <paramref name="address"/>; loopback only when <paramref name="allowLoopback"/>.</summary>
    public static bool Allows(IPAddress address, bool allowLoopback)
    {
        ArgumentNullException.ThrowIfNull(address);
        var judged = EmbeddedV4(address) ?? address;
        if (IPAddress.IsLoopback(judged))
        {
            return allowLoopback;
        }

        var ranges = judged.AddressFamily == AddressFamily.InterNetwork ? RefusedV4 : RefusedV6;
        return !ranges.Any(r => InRange(judged, r.Network, r.Prefix));
    }

    /// <summary>The IPv4 address an IPv6 address stands for, if it is one of the forms that carry one.</summary>
    private static IPAddress? EmbeddedV4(IPAddress address)
    {
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return null;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4();
        }

        var bytes = address.GetAddressBytes();
        // ::a.b.c.d (IPv4-compatible, deprecated) and 64:ff9b::a.b.c.d (NAT64): the last four bytes.
        if ((bytes.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0 && !IPAddress.IPv6Loopback.Equals(address) && !IPAddress.IPv6Any.Equals(address))
            || InRange(address, Nat64, 96))
        {
            return new IPAddress(bytes.AsSpan(12, 4));
        }

        // 2002:AABB:CCDD::/48 (6to4): the relay reaches AA.BB.CC.DD.
        return bytes[0] == 0x20 && bytes[1] == 0x02 ? new IPAddress(bytes.AsSpan(2, 4)) : null;
    }

    private static bool InRange(IPAddress address, IPAddress network, int prefix)
    {
        if (address.AddressFamily != network.AddressFamily)
        {
            return false;
        }

        var a = address.GetAddressBytes();
        var n = network.GetAddressBytes();
        var whole = prefix / 8;
        if (!a.AsSpan(0, whole).SequenceEqual(n.AsSpan(0, whole)))
        {
            return false;
        }

        var rest = prefix % 8;
        var mask = (byte)(0xFF << (8 - rest));
        return rest == 0 || (a[whole] & mask) == (n[whole] & mask);
    }
}
