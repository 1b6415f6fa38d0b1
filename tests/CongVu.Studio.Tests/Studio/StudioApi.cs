using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace CongVu.Studio.Tests.Studio;

/// <summary>The Elsa REST calls the studio test checks its work with, as an integrator would: <c>Authorization: ApiKey &lt;key&gt;</c>.</summary>
internal sealed class StudioApi : IDisposable
{
    private readonly HttpClient _http;

    public StudioApi(Uri host, string apiKey)
    {
        _http = new HttpClient { BaseAddress = new Uri(host, "elsa/api/"), Timeout = TimeSpan.FromSeconds(30) };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", apiKey);
    }

    /// <summary>The published version of a definition (fails when there is none).</summary>
    public Task<JsonObject> PublishedDefinitionAsync(string definitionId) => DefinitionAsync(definitionId, "Published");

    /// <summary>One version of a definition: <c>Published</c>, <c>Latest</c> or a version number (fails when there is none).</summary>
    public async Task<JsonObject> DefinitionAsync(string definitionId, string versionOptions)
    {
        using var response = await _http.GetAsync($"workflow-definitions/by-definition-id/{Uri.EscapeDataString(definitionId)}?versionOptions={Uri.EscapeDataString(versionOptions)}");
        return await ReadAsync(response, $"GET {definitionId} ({versionOptions})");
    }

    /// <summary>Runs the published definition to its end or first wait; returns <c>workflowState</c>.</summary>
    public async Task<JsonObject> ExecuteAsync(string definitionId)
    {
        using var response = await _http.PostAsJsonAsync($"workflow-definitions/{Uri.EscapeDataString(definitionId)}/execute", new JsonObject());
        var body = await ReadAsync(response, $"execute {definitionId}");
        return body["workflowState"] as JsonObject ?? throw new InvalidOperationException($"execute {definitionId}: no workflowState in {body}");
    }

    private static async Task<JsonObject> ReadAsync(HttpResponseMessage response, string what)
    {
        var json = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{what} answered {(int)response.StatusCode}: {json}");
        return JsonNode.Parse(json) as JsonObject ?? throw new InvalidOperationException($"{what}: not a JSON object: {json}");
    }

    public void Dispose() => _http.Dispose();
}
