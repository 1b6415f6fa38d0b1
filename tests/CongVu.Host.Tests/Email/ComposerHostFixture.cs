namespace CongVu.Host.Tests.Email;

/// <summary>A demo host whose sender is off: tests compose and queue messages and look at them unsent.</summary>
public sealed class ComposerHostFixture : IDisposable
{
    public EmailHost Host { get; } = new(smtpPort: null, demo: true, ("Email:Sender:Enabled", "false"));

    public void Dispose() => Host.Dispose();
}
