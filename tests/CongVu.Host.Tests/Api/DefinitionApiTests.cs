using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace CongVu.Host.Tests.Api;

public sealed class DefinitionApiTests(HostFactory host) : IClassFixture<HostFactory>
{
    private const string Base = "/elsa/api/workflow-definitions";

    [Fact]
    public async Task Save_Get_Publish_List_AssignsNodeIdsAndLinks()
    {
        using var client = host.CreateAdminClient();
        using var created = await client.PostAsJsonAsync(Base, Definitions.SaveBody(Definitions.Hello("greet", "Lời chào đầu tiên"), publish: false));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var saved = await created.ReadJsonAsync();
        Assert.False(saved["alreadyPublished"]!.GetValue<bool>());
        Assert.Equal(0, saved["consumingWorkflowCount"]!.GetValue<int>());

        var definition = await client.GetJsonAsync($"{Base}/by-definition-id/greet?versionOptions=Latest");
        Assert.Equal("Lời chào đầu tiên", definition["name"]!.GetValue<string>());
        Assert.Equal("Workflow1:flow1", definition["root"]!["nodeId"]!.GetValue<string>());
        var nodeIds = definition["root"]!["activities"]!.AsArray().Select(a => a!["nodeId"]!.GetValue<string>()).ToList();
        Assert.Equal(["Workflow1:flow1:start1", "Workflow1:flow1:write1", "Workflow1:flow1:end1"], nodeIds);
        Assert.Contains(definition["links"]!.AsArray(), l => l!["rel"]!.GetValue<string>() == "publish");
        Assert.Equal("Default", definition["providerName"]!.GetValue<string>());
        Assert.Equal("Json", definition["materializerName"]!.GetValue<string>());
        Assert.False(definition["isPublished"]!.GetValue<bool>());

        var published = await client.PostJsonAsync($"{Base}/greet/publish", null);
        Assert.True(published["workflowDefinition"]!["isPublished"]!.GetValue<bool>());
        var again = await client.PostJsonAsync($"{Base}/greet/publish", null);
        Assert.True(again["alreadyPublished"]!.GetValue<bool>());

        var list = await client.GetJsonAsync($"{Base}?versionOptions=Published&DefinitionIds=greet&Page=0&PageSize=10");
        Assert.Equal(1, list["totalCount"]!.GetValue<int>());
        var summary = list["items"]![0]!;
        Assert.Equal("greet", summary["definitionId"]!.GetValue<string>());
        Assert.True(summary["isPublished"]!.GetValue<bool>());
        Assert.Contains(list["links"]!.AsArray(), l => l!["rel"]!.GetValue<string>() == "bulk-publish");

        var byId = await client.GetJsonAsync($"{Base}/by-id/{summary["id"]!.GetValue<string>()}");
        Assert.Equal("greet", byId["definitionId"]!.GetValue<string>());
    }

    [Fact]
    public async Task DraftPublishDraft_KeepsThePublishedVersionUnchanged()
    {
        using var client = host.CreateAdminClient();
        await client.PostJsonAsync(Base, Definitions.SaveBody(Definitions.Hello("versioned", "Phiên bản 1"), publish: true));
        var draft = await client.PostJsonAsync(Base, Definitions.SaveBody(Definitions.Hello("versioned", "Phiên bản 2"), publish: false));
        Assert.Equal(2, draft["workflowDefinition"]!["version"]!.GetValue<int>());
        Assert.False(draft["workflowDefinition"]!["isPublished"]!.GetValue<bool>());

        var published = await client.GetJsonAsync($"{Base}/by-definition-id/versioned?versionOptions=Published");
        Assert.Equal(1, published["version"]!.GetValue<int>());
        Assert.Equal("Phiên bản 1", published["name"]!.GetValue<string>());

        // Saving the draft again updates it in place; publishing it moves the published flag.
        await client.PostJsonAsync(Base, Definitions.SaveBody(Definitions.Hello("versioned", "Phiên bản 2b"), publish: false));
        await client.PostJsonAsync($"{Base}/versioned/publish", null);
        var next = await client.PostJsonAsync(Base, Definitions.SaveBody(Definitions.Hello("versioned", "Phiên bản 3"), publish: false));
        Assert.Equal(3, next["workflowDefinition"]!["version"]!.GetValue<int>());

        var versions = await client.GetJsonAsync($"{Base}?versionOptions=AllVersions&DefinitionIds=versioned&OrderBy=Version");
        var rows = versions["items"]!.AsArray().Select(v => (v!["version"]!.GetValue<int>(), v["isPublished"]!.GetValue<bool>(), v["isLatest"]!.GetValue<bool>())).ToList();
        Assert.Equal([(1, false, false), (2, true, false), (3, false, true)], rows);
        var v1 = await client.GetJsonAsync($"{Base}/by-definition-id/versioned?versionOptions=1");
        Assert.Equal("Phiên bản 1", v1["name"]!.GetValue<string>());
        Assert.Equal(3, (await client.GetJsonAsync($"{Base}/versioned/versions"))["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task NameCheck_Export_Import_Retract_Delete()
    {
        using var client = host.CreateAdminClient();
        await client.PostJsonAsync(Base, Definitions.SaveBody(Definitions.Hello("lifecycle", "Vòng đời"), publish: true));
        Assert.False((await client.GetJsonAsync($"{Base}/validation/is-name-unique?name=vòng đời"))["isUnique"]!.GetValue<bool>());
        Assert.True((await client.GetJsonAsync($"{Base}/validation/is-name-unique?name=Vòng đời&definitionId=lifecycle"))["isUnique"]!.GetValue<bool>());

        using var export = await client.GetAsync($"{Base}/lifecycle/export");
        Assert.Equal("application/json", export.Content.Headers.ContentType!.MediaType);
        Assert.Equal("lifecycle.json", export.Content.Headers.ContentDisposition!.FileNameStar ?? export.Content.Headers.ContentDisposition.FileName);
        var exported = (await export.ReadJsonAsync()).AsObject();
        exported["definitionId"] = "lifecycle-copy";
        using var imported = await client.PostAsJsonAsync($"{Base}/import", exported);
        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        Assert.Equal("lifecycle-copy", (await imported.ReadJsonAsync())["definitionId"]!.GetValue<string>());

        var retracted = await client.PostJsonAsync($"{Base}/lifecycle/retract", null);
        Assert.False(retracted["isPublished"]!.GetValue<bool>());
        using var noPublished = await client.GetAsync($"{Base}/by-definition-id/lifecycle?versionOptions=Published");
        Assert.Equal(HttpStatusCode.NotFound, noPublished.StatusCode);

        using var deleted = await client.DeleteAsync($"{Base}/lifecycle");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        using var gone = await client.GetAsync($"{Base}/by-definition-id/lifecycle");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        using var missing = await client.DeleteAsync($"{Base}/lifecycle");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task DeleteVersion_RemovesOneVersionAndRestoresLatest()
    {
        using var client = host.CreateAdminClient();
        await client.PostJsonAsync(Base, Definitions.SaveBody(Definitions.Hello("two-versions"), publish: true));
        await client.PostJsonAsync(Base, Definitions.SaveBody(Definitions.Hello("two-versions", "Bản nháp"), publish: false));
        using var deleted = await client.DeleteAsync($"{Base}/two-versions/version/2");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        var latest = await client.GetJsonAsync($"{Base}/by-definition-id/two-versions?versionOptions=Latest");
        Assert.Equal(1, latest["version"]!.GetValue<int>());
        Assert.True(latest["isLatest"]!.GetValue<bool>());
    }

    [Fact]
    public async Task BulkPublish_ReportsEachDefinition()
    {
        using var client = host.CreateAdminClient();
        await client.PostJsonAsync(Base, Definitions.SaveBody(Definitions.Hello("bulk-a"), publish: false));
        await client.PostJsonAsync(Base, Definitions.SaveBody(Definitions.Hello("bulk-b"), publish: true));
        var result = await client.PostJsonAsync("/elsa/api/bulk-actions/publish/workflow-definitions/by-definition-ids",
            new JsonObject { ["definitionIds"] = new JsonArray("bulk-a", "bulk-b", "bulk-none") });
        Assert.Equal("bulk-a", result["published"]![0]!.GetValue<string>());
        Assert.Equal("bulk-b", result["alreadyPublished"]![0]!.GetValue<string>());
        Assert.Equal("bulk-none", result["notFound"]![0]!.GetValue<string>());
    }
}
