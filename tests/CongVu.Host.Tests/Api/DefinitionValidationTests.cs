using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Xunit;

namespace CongVu.Host.Tests.Api;

public sealed class DefinitionValidationTests(HostFactory host) : IClassFixture<HostFactory>
{
    private const string Base = "/elsa/api/workflow-definitions";

    [Fact]
    public async Task Save_InvalidDefinition_Returns400WithEveryErrorAndStoresNothing()
    {
        using var client = host.CreateAdminClient();
        var model = Definitions.Model("broken", "Hỏng",
            [
                Definitions.Activity("start1", "Elsa.Start"),
                Definitions.Activity("mystery1", "Acme.DoesNotExist"),
                Definitions.Activity("event1", "Elsa.Event"),
                Definitions.Activity("decide1", "Elsa.FlowDecision", ("condition", "CSharp", "1 + ")),
                Definitions.Activity("end1", "Elsa.End"),
            ],
            ("start1", "NoSuchPort", "event1"), ("event1", "Done", "decide1"), ("decide1", "True", "end1"));

        using var response = await client.PostAsJsonAsync(Base, Definitions.SaveBody(model, publish: true));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadJsonAsync();
        Assert.Equal("Invalid workflow definition", problem["title"]!.GetValue<string>());
        var errors = problem["errors"]!.AsArray().Select(e => (Id: e!["activityId"]?.GetValue<string>(), Message: e["message"]!.GetValue<string>())).ToList();
        Assert.Contains(errors, e => e.Id == "mystery1" && e.Message.Contains("Acme.DoesNotExist", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Id == "start1" && e.Message.Contains("NoSuchPort", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Id == "event1" && e.Message.Contains("eventName", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(errors, e => e.Id == "decide1" && e.Message.Contains("CSharp", StringComparison.Ordinal));

        using var stored = await client.GetAsync($"{Base}/by-definition-id/broken");
        Assert.Equal(HttpStatusCode.NotFound, stored.StatusCode);
    }

    [Fact]
    public async Task Import_InvalidDefinition_Returns400()
    {
        using var client = host.CreateAdminClient();
        var model = Definitions.Model("broken-import", "Hỏng", [Definitions.Activity("x1", "Acme.Nope")]);
        using var response = await client.PostAsJsonAsync($"{Base}/import", model);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("x1", (await response.ReadJsonAsync())["errors"]![0]!["activityId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Save_MalformedJson_Returns400()
    {
        using var client = host.CreateAdminClient();
        using var response = await client.PostAsync(Base, new StringContent("{\"model\": {", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not valid JSON", (await response.ReadJsonAsync())["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_WithoutModel_Returns400NamingTheField()
    {
        using var client = host.CreateAdminClient();
        using var response = await client.PostAsJsonAsync(Base, new JsonObject { ["publish"] = true });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'model'", (await response.ReadJsonAsync())["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_BodyOverOneMegabyte_Returns413()
    {
        using var client = host.CreateAdminClient();
        var model = Definitions.Hello("too-big");
        model["description"] = new string('x', 1024 * 1024 + 10);
        using var response = await client.PostAsJsonAsync(Base, Definitions.SaveBody(model, publish: false));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task UnknownIds_Return404()
    {
        using var client = host.CreateAdminClient();
        foreach (var url in new[] { $"{Base}/by-definition-id/nope", $"{Base}/by-id/nope", "/elsa/api/workflow-instances/nope", "/elsa/api/workflow-instances/nope/journal" })
        {
            using var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
        using var publish = await client.PostAsync($"{Base}/nope/publish", null);
        Assert.Equal(HttpStatusCode.NotFound, publish.StatusCode);
        using var execute = await client.PostAsJsonAsync($"{Base}/nope/execute", new JsonObject());
        Assert.Equal(HttpStatusCode.NotFound, execute.StatusCode);
    }

    [Fact]
    public async Task BadVersionOptions_Returns400()
    {
        using var client = host.CreateAdminClient();
        using var response = await client.GetAsync($"{Base}?versionOptions=Sometimes");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
