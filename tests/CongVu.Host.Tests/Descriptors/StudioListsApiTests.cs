using System.Net;
using CongVu.Host.Tests.Api;
using Xunit;

namespace CongVu.Host.Tests.Descriptors;

public sealed class StudioListsApiTests(HostFactory host) : IClassFixture<HostFactory>
{
    public static TheoryData<string> GetEndpoints =>
    [
        "/elsa/api/descriptors/activities",
        "/elsa/api/descriptors/expression-descriptors",
        "/elsa/api/descriptors/workflow-activation-strategies",
        "/elsa/api/descriptors/log-persistence-strategies",
        "/elsa/api/descriptors/incident-strategies",
        "/elsa/api/descriptors/commit-strategies/workflows",
        "/elsa/api/descriptors/commit-strategies/activities",
        "/elsa/api/descriptors/storage-drivers",
        "/elsa/api/descriptors/variables",
        "/elsa/api/features/installed",
        "/elsa/api/package/version",
        "/elsa/api/activity-executions/list?workflowInstanceId=x",
        "/elsa/api/activity-execution-summaries/list?workflowInstanceId=x",
    ];

    [Theory]
    [MemberData(nameof(GetEndpoints))]
    public async Task Endpoint_WithoutKey_Returns401(string url)
    {
        using var client = host.CreateClient();
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(GetEndpoints))]
    public async Task Endpoint_WithKey_Returns200Json(string url)
    {
        using var client = host.CreateAdminClient();
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Report_WithoutKey_Returns401()
    {
        using var client = host.CreateClient();
        using var response = await client.PostAsync("/elsa/api/activity-executions/report", null);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ExpressionDescriptors_IncludeCSharpAndHandlebars_WithMonacoLanguages()
    {
        using var client = host.CreateAdminClient();
        var json = await client.GetJsonAsync("/elsa/api/descriptors/expression-descriptors");
        var items = json["items"]!.AsArray().ToDictionary(i => i!["type"]!.GetValue<string>(), i => i!);
        Assert.Equal(items.Count, json["count"]!.GetValue<int>());
        Assert.Equal(["Literal", "Object", "Variable", "CSharp", "Handlebars"], items.Keys);
        Assert.Equal("C#", items["CSharp"]["displayName"]!.GetValue<string>());
        Assert.Equal("csharp", items["CSharp"]["properties"]!["MonacoLanguage"]!.GetValue<string>());
        Assert.Equal("handlebars", items["Handlebars"]["properties"]!["MonacoLanguage"]!.GetValue<string>());
        Assert.All(items.Values, i => Assert.True(i["isSerializable"]!.GetValue<bool>()));
        // The studio's expression editor needs a browsable language besides the value-editor syntaxes.
        Assert.Contains(items.Values, i => i["isBrowsable"]!.GetValue<bool>() && i["type"]!.GetValue<string>() is not ("Literal" or "Object" or "Variable" or "Input"));
        Assert.False(items["Literal"]["isBrowsable"]!.GetValue<bool>());
    }

    [Fact]
    public async Task StrategyLists_HaveElsaShape()
    {
        using var client = host.CreateAdminClient();
        foreach (var kind in new[] { "workflow-activation-strategies", "incident-strategies", "log-persistence-strategies" })
        {
            var json = await client.GetJsonAsync($"/elsa/api/descriptors/{kind}");
            var item = Assert.Single(json["items"]!.AsArray())!;
            Assert.Equal(1, json["count"]!.GetValue<int>());
            Assert.StartsWith("Elsa.", item["typeName"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.False(string.IsNullOrEmpty(item["displayName"]!.GetValue<string>()));
            Assert.NotNull(item["description"]);
        }
        var incident = await client.GetJsonAsync("/elsa/api/descriptors/incident-strategies");
        Assert.Contains("FaultStrategy", incident["items"]![0]!["typeName"]!.GetValue<string>(), StringComparison.Ordinal);
        foreach (var url in new[] { "descriptors/commit-strategies/workflows", "descriptors/commit-strategies/activities", "features/installed" })
        {
            var json = await client.GetJsonAsync($"/elsa/api/{url}");
            Assert.Empty(json["items"]!.AsArray());
            Assert.Equal(0, json["count"]!.GetValue<int>());
        }
    }

    [Fact]
    public async Task StorageDriversVariablesAndVersion_MatchTheSamples()
    {
        using var client = host.CreateAdminClient();
        var drivers = await client.GetJsonAsync("/elsa/api/descriptors/storage-drivers");
        var driver = Assert.Single(drivers["items"]!.AsArray())!;
        Assert.Equal("Workflow Instance", driver["displayName"]!.GetValue<string>());
        Assert.NotNull(driver["typeName"]);
        Assert.False(driver["deprecated"]!.GetValue<bool>());
        Assert.NotNull(driver["priority"]);

        var variables = await client.GetJsonAsync("/elsa/api/descriptors/variables");
        var types = variables["items"]!.AsArray().ToDictionary(v => v!["typeName"]!.GetValue<string>(), v => v!);
        foreach (var name in new[] { "String", "Int32", "Int64", "Double", "Decimal", "Boolean", "DateTime", "DateTimeOffset", "TimeSpan", "Object", "JsonObject" })
            Assert.True(types.ContainsKey(name), name);
        Assert.Equal("Primitives", types["String"]["category"]!.GetValue<string>());
        Assert.Equal("String", types["String"]["displayName"]!.GetValue<string>());
        Assert.True(types["String"].AsObject().ContainsKey("description"));

        var version = await client.GetJsonAsync("/elsa/api/package/version");
        Assert.Equal("3.8.2", version["packageVersion"]!.GetValue<string>());
    }
}
