using Xunit;

namespace CongVu.Host.Tests.Email;

/// <summary>A real SMTP server and a demo host that sends to it, shared by one test class.</summary>
public sealed class SmtpHostFixture : IAsyncLifetime
{
    public SmtpTestServer Server { get; private set; } = null!;
    public EmailHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await SmtpTestServer.StartAsync();
        Host = new EmailHost(Server.SmtpPort, demo: true);
        _ = Host.Factory.Services; // starts the host (migrations, demo people, the sender)
    }

    public async Task DisposeAsync()
    {
        Host.Dispose();
        await Server.DisposeAsync();
    }
}
