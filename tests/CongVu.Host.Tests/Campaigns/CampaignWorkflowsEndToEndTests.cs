using System.Text.Json.Nodes;
using CongVu.Host.Campaigns;
using CongVu.Host.Hosting;
using CongVu.Host.Tests.Api;
using Xunit;

namespace CongVu.Host.Tests.Campaigns;

/// <summary>The campaign workflows as shipped in workflows/: they load, publish through the API and open in the studio.</summary>
public sealed class CampaignWorkflowsEndToEndTests
{
    public static readonly string[] Workflows = ["ke-hoach", "ke-hoach-don-vi", "dang-ky", "dang-ky-don-vi", "bao-cao", "bao-cao-don-vi", "bao-cao-tong-hop"];

    [Fact]
    public async Task EveryCampaignWorkflow_IsImportedAtStartup_PublishesThroughTheApi_AndOpensInTheStudio()
    {
        using var host = await CampaignEndToEndHost.StartAsync(CampaignEndToEndHost.Local(1, 4, 9), Workflows);
        using var client = host.AdminClient();
        foreach (var id in Workflows)
        {
            // Imported and published at start-up: an invalid file would only be logged, and this would be a 404.
            var imported = await client.GetJsonAsync($"/elsa/api/workflow-definitions/by-definition-id/{id}?versionOptions=Published");
            Assert.Equal(1, imported["version"]!.GetValue<int>());

            var file = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Find(), "workflows", id + ".json")))!.AsObject();
            var saved = await client.PostJsonAsync("/elsa/api/workflow-definitions", new JsonObject { ["model"] = file.DeepClone(), ["publish"] = true });
            Assert.Equal(2, saved["workflowDefinition"]?["version"]?.GetValue<int>() ?? saved["version"]?.GetValue<int>());

            var studio = await client.GetJsonAsync($"/elsa/api/workflow-definitions/by-definition-id/{id}?versionOptions=Published");
            Assert.Equal(2, studio["version"]!.GetValue<int>());
            Assert.True(studio["isPublished"]!.GetValue<bool>());
            Assert.Equal(file["name"]!.GetValue<string>(), studio["name"]!.GetValue<string>());
            Assert.Equal("Elsa.Flowchart", studio["root"]!["type"]!.GetValue<string>());
            Assert.Equal(file["root"]!["activities"]!.AsArray().Count, studio["root"]!["activities"]!.AsArray().Count);
            // The studio needs server node ids on every activity.
            Assert.All(studio["root"]!["activities"]!.AsArray(), a => Assert.StartsWith("Workflow1:flow1:", a!["nodeId"]!.GetValue<string>(), StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task YearReport_StartedByHandForAGivenYearAndPeriod_OpensThatCampaignDueOn1512()
    {
        using var host = await CampaignEndToEndHost.StartAsync(CampaignEndToEndHost.Local(3, 1, 9), "bao-cao", "bao-cao-don-vi", "bao-cao-tong-hop");
        await host.ExecuteAsync("bao-cao", new JsonObject { ["year"] = 2027, ["period"] = "nam" });
        await host.RunDueAsync();

        var campaign = await host.Get<CampaignStore>().FindAsync("bao-cao-2027-nam", CancellationToken.None);
        Assert.Equal(new DateOnly(2027, 12, 15), campaign!.DueDate);
        var task = await host.OpenTaskAsync("bao-cao-don-vi", "tuDanhGia", "MTTQ-TP");
        Assert.Equal("Báo cáo kết quả thực hiện “5 xây”, “3 chống” năm 2027 – Ủy ban MTTQ Việt Nam thành phố", task.Title);
        Assert.Equal(CampaignEndToEndHost.Local(12, 15), KeHoachEndToEndTests.Due(task));
        Assert.Equal(4, (await host.TasksAsync("bao-cao-don-vi", "tuDanhGia")).Count);
        await host.AssertHealthyAsync();
    }
}
