using Xunit;

namespace CongVu.Host.Tests.Campaigns;

/// <summary>One <see cref="CampaignHost"/> per test class; each test opens campaigns of its own years, so they do not meet.</summary>
public sealed class CampaignHostFixture : IAsyncLifetime
{
    private CampaignHost? _host;

    public CampaignHost Host => _host ?? throw new InvalidOperationException("The host has not started.");

    public async Task InitializeAsync() => _host = await CampaignHost.StartAsync();

    public Task DisposeAsync()
    {
        _host?.Dispose();
        return Task.CompletedTask;
    }
}
