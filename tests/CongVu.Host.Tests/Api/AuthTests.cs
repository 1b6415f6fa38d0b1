using System.Net;
using System.Net.Http.Headers;
using Xunit;

namespace CongVu.Host.Tests.Api;

public sealed class AuthTests(HostFactory host) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task ElsaApi_WithoutKey_Returns401()
    {
        using var client = host.CreateClient();
        using var response = await client.GetAsync("/elsa/api/workflow-definitions");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ElsaApi_WithWrongKey_Returns401()
    {
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", "wrong-key");
        using var response = await client.GetAsync("/elsa/api/workflow-instances");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ElsaApi_WithKey_Returns200()
    {
        using var client = host.CreateAdminClient();
        using var response = await client.GetAsync("/elsa/api/workflow-definitions");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ElsaApi_WhenNoKeyConfigured_RefusesEveryCall()
    {
        using var unconfigured = HostFactory.Create(root: null, apiKey: "");
        using var client = unconfigured.CreateClient();
        foreach (var key in new[] { "", HostFactory.AdminApiKey })
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", key);
            using var response = await client.GetAsync("/elsa/api/workflow-definitions");
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
    }

    [Fact]
    public async Task HealthAndOpenApi_AreAnonymous()
    {
        using var client = host.CreateClient();
        using var health = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        using var openApi = await client.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, openApi.StatusCode);
        var document = await openApi.Content.ReadAsStringAsync();
        Assert.Contains("/elsa/api/workflow-definitions/{definitionId}/execute", document, StringComparison.Ordinal);
        Assert.Contains("/elsa/api/workflow-instances/{id}/journal", document, StringComparison.Ordinal);
    }
}
