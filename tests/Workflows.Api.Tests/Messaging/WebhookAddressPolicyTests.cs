using System.Diagnostics;
using System.Net;
using Workflows.Infrastructure.Webhooks;

namespace Workflows.Api.Tests.Messaging;

/// <summary>The address ranges a webhook may not reach, and that the connector refuses them before opening a socket.</summary>
public sealed class WebhookAddressPolicyTests
{
    [TestCase("127.0.0.1")]
    [TestCase("127.255.0.9")]
    [TestCase("0.0.0.0")]
    [TestCase("10.0.0.1")]
    [TestCase("172.16.0.1")]
    [TestCase("172.31.255.254")]
    [TestCase("192.168.0.1")]
    [TestCase("169.254.169.254")]
    [TestCase("100.64.0.1")]
    [TestCase("100.127.255.255")]
    [TestCase("224.0.0.1")]
    [TestCase("255.255.255.255")]
    [TestCase("::")]
    [TestCase("::1")]
    [TestCase("fc00::1")]
    [TestCase("fd12:3456::1")]
    [TestCase("fe80::1")]
    [TestCase("ff02::1")]
    [TestCase("::ffff:127.0.0.1")]
    [TestCase("::ffff:169.254.169.254")]
    [TestCase("::ffff:10.0.0.1")]
    [TestCase("::10.0.0.1")]
    [TestCase("64:ff9b::a00:1")]
    [TestCase("2002:a00:1::1")]
    public void Internal_addresses_are_refused(string address) =>
        Assert.That(WebhookAddressPolicy.Allows(IPAddress.Parse(address), allowLoopback: false), Is.False);

    [TestCase("93.184.216.34")]
    [TestCase("172.32.0.1")]
    [TestCase("100.128.0.1")]
    [TestCase("8.8.8.8")]
    [TestCase("2606:2800:220:1::1")]
    [TestCase("::ffff:8.8.8.8")]
    public void Public_addresses_are_allowed(string address) =>
        Assert.That(WebhookAddressPolicy.Allows(IPAddress.Parse(address), allowLoopback: false), Is.True);

    [TestCase("127.0.0.1", true)]
    [TestCase("::1", true)]
    [TestCase("::ffff:127.0.0.1", true)]
    [TestCase("10.0.0.1", false)]
    [TestCase("169.254.169.254", false)]
    public void The_development_setting_opens_loopback_and_nothing_else(string address, bool allowed) =>
        Assert.That(WebhookAddressPolicy.Allows(IPAddress.Parse(address), allowLoopback: true), Is.EqualTo(allowed));

    [TestCase("10.0.0.1")]
    [TestCase("169.254.169.254")]
    [TestCase("[fd00::1]")]
    [TestCase("::ffff:192.168.1.1")]
    public void The_connector_refuses_an_internal_address_before_any_connection_attempt(string host)
    {
        var connector = new WebhookConnector(allowLoopback: true);
        var watch = Stopwatch.StartNew();

        // A connection attempt would end in a socket error or a time-out; the refusal comes first, at once.
        Assert.ThrowsAsync<WebhookAddressRefusedException>(async () => await connector.ConnectAsync(new DnsEndPoint(host, 443), CancellationToken.None));
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(1)));
    }

    [Test]
    public void The_connector_refuses_a_name_that_resolves_to_loopback_unless_allowed()
    {
        Assert.ThrowsAsync<WebhookAddressRefusedException>(async () => await new WebhookConnector(allowLoopback: false).AddressesAsync("localhost", CancellationToken.None));
        Assert.That(async () => await new WebhookConnector(allowLoopback: true).AddressesAsync("localhost", CancellationToken.None), Is.Not.Empty);
    }
}
