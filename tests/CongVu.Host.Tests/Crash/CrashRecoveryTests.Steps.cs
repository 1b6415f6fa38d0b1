using System.Diagnostics;
using System.Text.Json.Nodes;
using Xunit;

namespace CongVu.Host.Tests.Crash;

/// <summary>The steps the crash tests share: hosts on the crash site, publishing, journal counts, waiting.</summary>
public sealed partial class CrashRecoveryTests
{
    public void Dispose()
    {
        foreach (var host in _hosts) host.Dispose();
        _site.Dispose();
    }

    private async Task<HostProcess> StartHostAsync()
    {
        var host = HostProcess.Start(_site);
        _hosts.Add(host);
        await host.WaitReadyAsync(ReadyTimeout);
        return host;
    }

    private ElsaApiClient Api(HostProcess host) => new(host.BaseAddress, _site.ApiKey);

    /// <summary>Publishes the definition from the JSON beside this test unless the host already has it (start-up import).</summary>
    private async Task EnsurePublishedAsync(ElsaApiClient api, string definitionId)
    {
        if (await api.FindPublishedAsync(definitionId) is not null)
        {
            output.WriteLine($"{definitionId}: published by the start-up import");
            return;
        }
        output.WriteLine($"{definitionId}: publishing through POST /elsa/api/workflow-definitions");
        var model = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Crash", $"{definitionId}.json")))!.AsObject();
        await api.PublishAsync(model);
    }

    private static async Task AssertFiredOnceAsync(ElsaApiClient api, IEnumerable<string> instanceIds)
    {
        foreach (var id in instanceIds)
        {
            var journal = await api.JournalAsync(id);
            Assert.True(Count(journal, "delay1", "Resumed") == 1, $"{id}: the Delay was resumed {Count(journal, "delay1", "Resumed")} times.");
            Assert.True(Count(journal, "log1", "Completed") == 1, $"{id}: the WriteLine completed {Count(journal, "log1", "Completed")} times.");
        }
    }

    private static async Task<int> CountAsync(ElsaApiClient api, IEnumerable<string> instanceIds, string activityId, string eventName)
    {
        var reached = 0;
        foreach (var id in instanceIds)
            if (Count(await api.JournalAsync(id), activityId, eventName) > 0) reached++;
        return reached;
    }

    private static int Count(IEnumerable<JsonObject> journal, string activityId, string eventName) =>
        journal.Count(e => e["activityId"]?.GetValue<string>() == activityId && e["eventName"]?.GetValue<string>() == eventName);

    private static async Task<string?> SubStatusAsync(ElsaApiClient api, string instanceId) =>
        (await api.FindInstanceAsync(instanceId))?["subStatus"]?.GetValue<string>();

    private async Task WaitUntilAsync(Func<Task<bool>> condition, string what, TimeSpan? poll = null)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > SettleTimeout)
                Assert.Fail($"Timed out after {SettleTimeout.TotalSeconds} s waiting for {what}. Host output:\n{_hosts[^1].Output}");
            await Task.Delay(poll ?? TimeSpan.FromMilliseconds(200));
        }
    }
}
