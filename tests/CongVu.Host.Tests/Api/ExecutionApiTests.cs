using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace CongVu.Host.Tests.Api;

public sealed class ExecutionApiTests(HostFactory host) : IClassFixture<HostFactory>
{
    private const string Definitions_ = "/elsa/api/workflow-definitions";
    private const string Instances = "/elsa/api/workflow-instances";

    [Fact]
    public async Task Execute_ThenTriggerEvent_FinishesAndJournals()
    {
        using var client = host.CreateAdminClient();
        await client.PostJsonAsync(Definitions_, Definitions.SaveBody(Definitions.WaitForEvent("wait-approval", "duyet-xong"), publish: true));

        using var executed = await client.PostAsJsonAsync($"{Definitions_}/wait-approval/execute", new JsonObject { ["correlationId"] = "HS-001", ["input"] = new JsonObject { ["soHoSo"] = 1 } });
        Assert.Equal(HttpStatusCode.OK, executed.StatusCode);
        var instanceId = Assert.Single(executed.Headers.GetValues("x-elsa-workflow-instance-id"));
        var state = (await executed.ReadJsonAsync())["workflowState"]!;
        Assert.Equal(instanceId, state["id"]!.GetValue<string>());
        Assert.Equal("Suspended", state["subStatus"]!.GetValue<string>());
        Assert.Equal("Elsa.Event", state["bookmarks"]![0]!["name"]!.GetValue<string>());

        var bookmarks = await client.GetJsonAsync($"/elsa/api/bookmarks?instanceId={instanceId}");
        Assert.Equal(1, bookmarks["totalCount"]!.GetValue<int>());

        var triggered = await client.PostJsonAsync("/elsa/api/events/duyet-xong/trigger", new JsonObject { ["correlationId"] = "HS-001", ["payload"] = new JsonObject { ["ketQua"] = "Đồng ý" } });
        Assert.Equal(instanceId, triggered["workflowInstanceIds"]![0]!.GetValue<string>());

        var instance = await client.GetJsonAsync($"{Instances}/{instanceId}");
        Assert.Equal("Finished", instance["status"]!.GetValue<string>());
        Assert.Equal("Finished", instance["subStatus"]!.GetValue<string>());
        Assert.Equal("HS-001", instance["workflowState"]!["correlationId"]!.GetValue<string>());
        Assert.NotNull(instance["finishedAt"]);

        var journal = await client.PostJsonAsync($"{Instances}/{instanceId}/journal?skip=0&take=100", null);
        var events = journal["items"]!.AsArray().Select(j => (j!["activityId"]!.GetValue<string>(), j["eventName"]!.GetValue<string>())).ToList();
        Assert.Contains(("start1", "Started"), events);
        Assert.Contains(("start1", "Completed"), events);
        Assert.Contains(("event1", "Suspended"), events);
        Assert.Contains(("end1", "Completed"), events);
        var line = journal["items"]![1]!;
        Assert.Equal(1, line["activityTypeVersion"]!.GetValue<int>());
        Assert.NotNull(line["parentActivityInstanceId"]);
        Assert.Equal(journal["items"]!.AsArray().Count, journal["totalCount"]!.GetValue<int>());

        var page = await client.GetJsonAsync($"{Instances}/{instanceId}/journal?skip=1&take=2");
        Assert.Equal(2, page["items"]!.AsArray().Count);

        var executionState = await client.GetJsonAsync($"{Instances}/{instanceId}/execution-state");
        Assert.Equal("Finished", executionState["subStatus"]!.GetValue<string>());
    }

    [Fact]
    public async Task ResumeBookmark_ResumesOnceThen404()
    {
        using var client = host.CreateAdminClient();
        await client.PostJsonAsync(Definitions_, Definitions.SaveBody(Definitions.WaitForEvent("resume-once", "ky-duyet"), publish: true));
        var state = (await client.PostJsonAsync($"{Definitions_}/resume-once/execute", null))["workflowState"]!;
        var bookmarkId = state["bookmarks"]![0]!["id"]!.GetValue<string>();

        var resumed = await client.PostJsonAsync("/elsa/api/bookmarks/resume", new JsonObject { ["bookmarkId"] = bookmarkId });
        Assert.Equal("Finished", resumed["subStatus"]!.GetValue<string>());
        using var again = await client.PostAsJsonAsync("/elsa/api/bookmarks/resume", new JsonObject { ["bookmarkId"] = bookmarkId });
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task Dispatch_StartsTheInstanceInTheBackground()
    {
        using var client = host.CreateAdminClient();
        await client.PostJsonAsync(Definitions_, Definitions.SaveBody(Definitions.Hello("dispatched"), publish: true));
        var dispatched = await client.PostJsonAsync($"{Definitions_}/dispatched/dispatch", new JsonObject { ["input"] = new JsonObject { ["name"] = "Hùng" } });
        var instanceId = dispatched["workflowInstanceId"]!.GetValue<string>();

        var instance = await client.PollAsync($"{Instances}/{instanceId}", i => i["subStatus"]!.GetValue<string>() == "Finished");
        Assert.Equal("Hùng", instance["workflowState"]!["input"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Cancel_List_Get_Variables_Delete()
    {
        using var client = host.CreateAdminClient();
        await client.PostJsonAsync(Definitions_, Definitions.SaveBody(Definitions.WaitForEvent("to-cancel", "khong-bao-gio"), publish: true));
        var instanceId = (await client.PostJsonAsync($"{Definitions_}/to-cancel/execute", new JsonObject { ["correlationId"] = "C-9" }))["workflowState"]!["id"]!.GetValue<string>();

        var list = await client.PostJsonAsync(Instances, new JsonObject { ["page"] = 0, ["pageSize"] = 15, ["definitionId"] = "to-cancel" });
        Assert.Equal(1, list["totalCount"]!.GetValue<int>());
        var summary = list["items"]![0]!;
        Assert.Equal("Suspended", summary["subStatus"]!.GetValue<string>());
        Assert.Equal(1, summary["version"]!.GetValue<int>());
        Assert.NotNull(summary["definitionVersionId"]);
        var byQuery = await client.GetJsonAsync($"{Instances}?correlationId=C-9&subStatuses=Suspended");
        Assert.Equal(instanceId, byQuery["items"]![0]!["id"]!.GetValue<string>());

        var cancelled = await client.PostJsonAsync($"{Instances}/{instanceId}/cancel", null);
        Assert.Equal("Cancelled", cancelled["subStatus"]!.GetValue<string>());
        using var cancelAgain = await client.PostAsync($"{Instances}/{instanceId}/cancel", null);
        Assert.Equal(HttpStatusCode.Conflict, cancelAgain.StatusCode);
        using var retry = await client.PostAsync($"{Instances}/{instanceId}/retry", null);
        Assert.Equal(HttpStatusCode.Conflict, retry.StatusCode);

        var instance = await client.GetJsonAsync($"{Instances}/{instanceId}");
        Assert.Equal("Finished", instance["status"]!.GetValue<string>());
        Assert.Equal("Cancelled", instance["workflowState"]!["subStatus"]!.GetValue<string>());
        Assert.NotNull((await client.GetJsonAsync($"{Instances}/{instanceId}/variables"))["items"]);
        Assert.Equal(0, (await client.GetJsonAsync($"{Instances}/{instanceId}/incidents"))["totalCount"]!.GetValue<int>());

        using var deleted = await client.DeleteAsync($"{Instances}/{instanceId}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        using var gone = await client.GetAsync($"{Instances}/{instanceId}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task Variables_ListsDeclaredVariablesWithIds()
    {
        using var client = host.CreateAdminClient();
        var model = Definitions.WaitForEvent("with-variable", "bien-doi");
        model["variables"] = new JsonArray(new JsonObject { ["id"] = "v1", ["name"] = "nguoiDuyet", ["typeName"] = "String", ["value"] = "Chị Mai" });
        await client.PostJsonAsync(Definitions_, Definitions.SaveBody(model, publish: true));
        var instanceId = (await client.PostJsonAsync($"{Definitions_}/with-variable/execute", null))["workflowState"]!["id"]!.GetValue<string>();

        var variable = (await client.GetJsonAsync($"{Instances}/{instanceId}/variables"))["items"]![0]!;
        Assert.Equal("v1", variable["id"]!.GetValue<string>());
        Assert.Equal("nguoiDuyet", variable["name"]!.GetValue<string>());
        Assert.Equal("Chị Mai", variable["value"]!.GetValue<string>());
    }
}
