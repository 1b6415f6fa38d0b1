using CongVu.Engine.Scheduling.Time;
using Microsoft.Extensions.Configuration;
using Xunit;

namespace CongVu.Engine.Tests.Scheduling;

public sealed class TimeOptionsTests
{
    [Fact]
    public void ResolveTimeZone_Default_IsVietnamUtcPlus7()
    {
        var options = new TimeOptions();

        var zone = options.ResolveTimeZone();

        Assert.Equal(TimeSpan.FromHours(7), zone.GetUtcOffset(new DateTimeOffset(2026, 7, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.Equal([DayOfWeek.Saturday, DayOfWeek.Sunday], options.Weekend);
    }

    [Fact]
    public void ResolveTimeZone_UnknownId_ThrowsNamingTheId()
    {
        var options = new TimeOptions { TimeZone = "Mars/Olympus_Mons" };

        var ex = Assert.Throws<InvalidOperationException>(options.ResolveTimeZone);

        Assert.Contains("Mars/Olympus_Mons", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromConfiguration_EngineTimeSection_ReplacesDefaultWeekend()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Engine:Time:TimeZone"] = "Asia/Bangkok",
                ["Engine:Time:Weekend:0"] = "Sunday",
            })
            .Build();

        var options = TimeOptions.FromConfiguration(configuration);

        Assert.Equal("Asia/Bangkok", options.TimeZone);
        Assert.Equal([DayOfWeek.Sunday], options.Weekend);
    }

    [Fact]
    public void FromConfiguration_NoSection_KeepsDefaults()
    {
        var options = TimeOptions.FromConfiguration(new ConfigurationBuilder().Build());

        Assert.Equal("Asia/Ho_Chi_Minh", options.TimeZone);
        Assert.Equal([DayOfWeek.Saturday, DayOfWeek.Sunday], options.Weekend);
    }
}
