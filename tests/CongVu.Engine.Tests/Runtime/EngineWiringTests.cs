using CongVu.Engine.Execution;
using CongVu.Engine.Scheduling.Time;
using CongVu.Engine.Tests.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CongVu.Engine.Tests.Runtime;

public sealed class EngineWiringTests
{
    [Fact]
    public async Task AddWorkflowEngine_ClockRegisteredBefore_IsKeptEverywhere()
    {
        await using var engine = await EngineFixture.StartAsync();

        Assert.Same(engine.Clock, engine.Services.GetRequiredService<IClock>());
        Assert.Same(engine.Clock, engine.Services.GetRequiredService<EngineEnvironment>().Clock);
        Assert.Equal("Asia/Ho_Chi_Minh", engine.Services.GetRequiredService<EngineEnvironment>().TimeZone.Id);
        Assert.True(File.Exists(engine.DatabasePath));
    }
}
