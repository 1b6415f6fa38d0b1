using CongVu.Engine.Execution;
using CongVu.Engine.Tests.TestHost;
using Xunit;

namespace CongVu.Engine.Tests.Scenarios.Faults;

public sealed class ExpressionFaultTests
{
    [Fact]
    public async Task ExecuteAsync_CSharpThrowsAtRuntime_FaultsWithIncidentNamingTheActivity()
    {
        await using var engine = await EngineFixture.StartAsync();
        await engine.PublishAsync("divide.json");

        var run = await engine.StartAsync("divide");

        Assert.Equal(WorkflowSubStatus.Faulted, run.SubStatus);
        var summary = await engine.Store.FindInstanceSummaryAsync(run.InstanceId);
        Assert.Equal((nameof(WorkflowStatus.Running), nameof(WorkflowSubStatus.Faulted), 1), (summary!.Status, summary.SubStatus, summary.IncidentCount));
        var incident = Assert.Single(await engine.Store.ListIncidentsAsync(run.InstanceId));
        Assert.Equal("compute", incident.ActivityId);
        Assert.Equal("Elsa.SetVariable", incident.ActivityType);
        Assert.Contains("divide by zero", incident.Message, StringComparison.OrdinalIgnoreCase);
        var faulted = Assert.Single(await engine.JournalAsync(run.InstanceId), j => j.EventName == "Faulted");
        Assert.Equal("compute", faulted.ActivityId);
        var stored = await engine.LoadAsync(run.InstanceId);
        Assert.Equal(ActivityStatus.Faulted, Assert.Single(stored.ActivityContexts, c => c.NodeId.EndsWith(":compute", StringComparison.Ordinal)).Status);
        Assert.Equal(1, await engine.JournalCountAsync(run.InstanceId, "before", "Completed"));
    }

    [Fact]
    public async Task RetryAsync_AfterVariableFixed_ContinuesFromTheFailedStepAndCompletes()
    {
        await using var engine = await EngineFixture.StartAsync();
        await engine.PublishAsync("divide.json");
        var run = await engine.StartAsync("divide");
        var stored = await engine.Store.LoadInstanceAsync(run.InstanceId);
        stored!.State.Variables["Divisor"] = 4;
        await engine.Store.CommitAsync(new WorkflowCommit { State = stored.State, ExpectedRevision = stored.Revision });

        var retried = await engine.Runtime.RetryAsync(run.InstanceId);

        Assert.Equal(WorkflowSubStatus.Finished, retried!.SubStatus);
        Assert.Equal(25, await engine.VariableAsync(run.InstanceId, "Quotient"));
        Assert.Equal(1, await engine.JournalCountAsync(run.InstanceId, "before", "Completed"));
        Assert.Equal(1, await engine.JournalCountAsync(run.InstanceId, "compute", "Completed"));
        Assert.Single(await engine.Store.ListIncidentsAsync(run.InstanceId));
        Assert.Null(await engine.Runtime.RetryAsync(run.InstanceId));
    }

    [Fact]
    public async Task RetryAsync_WithoutFix_FaultsAgainWithSecondIncident()
    {
        await using var engine = await EngineFixture.StartAsync();
        await engine.PublishAsync("divide.json");
        var run = await engine.StartAsync("divide");

        var retried = await engine.Runtime.RetryAsync(run.InstanceId);

        Assert.Equal(WorkflowSubStatus.Faulted, retried!.SubStatus);
        Assert.Equal(2, (await engine.Store.ListIncidentsAsync(run.InstanceId)).Count);
        Assert.Equal(2, (await engine.Store.FindInstanceSummaryAsync(run.InstanceId))!.IncidentCount);
    }
}
