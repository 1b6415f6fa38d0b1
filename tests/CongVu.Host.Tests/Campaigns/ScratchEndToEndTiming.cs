using System.Diagnostics;
using Xunit;
using Xunit.Abstractions;

namespace CongVu.Host.Tests.Campaigns;

public sealed class ScratchEndToEndTiming(ITestOutputHelper output)
{
    [Fact]
    public async Task Start()
    {
        var sw = Stopwatch.StartNew();
        using (var host = await CampaignEndToEndHost.StartAsync(CampaignEndToEndHost.Local(5, 31, 9)))
            output.WriteLine($"no workflows: {sw.ElapsedMilliseconds}");
        sw.Restart();
        using (var host = await CampaignEndToEndHost.StartAsync(CampaignEndToEndHost.Local(5, 31, 9), "bao-cao", "bao-cao-don-vi", "bao-cao-tong-hop"))
        {
            output.WriteLine($"bao-cao workflows: {sw.ElapsedMilliseconds}");
            sw.Restart();
            await host.RunAtAsync(CampaignEndToEndHost.Local(6, 1, 8));
            output.WriteLine($"open: {sw.ElapsedMilliseconds}");
            sw.Restart();
            for (var day = CampaignEndToEndHost.Local(6, 2, 8); day <= CampaignEndToEndHost.Local(6, 30, 8); day = day.AddDays(1)) await host.RunAtAsync(day);
            output.WriteLine($"days: {sw.ElapsedMilliseconds}");
            sw.Restart();
            await host.BrowserAsync("anbinh.canbo1");
            output.WriteLine($"login: {sw.ElapsedMilliseconds}");
        }
    }
}
