using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace CongVu.Studio.Tests.Approval;

/// <summary>The Elsa REST calls of the test, with <c>Authorization: ApiKey &lt;key&gt;</c>.</summary>
internal sealed class ApprovalApi : IDisposable
{
    private readonly HttpClient _http;

    public ApprovalApi(Uri host, string apiKey)
    {
        _http = new HttpClient { BaseAddress = new Uri(host, "elsa/api/"), Timeout = TimeSpan.FromSeconds(30) };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", apiKey);
    }

    /// <summary>Starts phe-duyet-hai-buoc for a drafter; the instance waits at the drafter's task.</summary>
    public async Task<string> StartApprovalAsync(string drafter, string correlationId)
    {
        var body = new JsonObject { ["input"] = new JsonObject { ["drafter"] = drafter }, ["correlationId"] = correlationId };
        using var response = await _http.PostAsJsonAsync("workflow-definitions/phe-duyet-hai-buoc/execute", body);
        var json = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"execute answered {(int)response.StatusCode}: {json}");
        var state = JsonNode.Parse(json)!["workflowState"]!;
        Assert.Equal("Suspended", state["subStatus"]?.GetValue<string>());
        Assert.Equal(correlationId, state["correlationId"]?.GetValue<string>());
        return Assert.Single(response.Headers.GetValues("x-elsa-workflow-instance-id"));
    }

    public async Task<string> SubStatusAsync(string instanceId)
    {
        var instance = await _http.GetFromJsonAsync<JsonObject>($"workflow-instances/{instanceId}");
        return instance!["subStatus"]!.GetValue<string>();
    }

    /// <summary>The ids of the instance's bookmarks: a UserTask's task id is its bookmark's id, so these are its open tasks.</summary>
    public async Task<IReadOnlyList<string>> OpenTaskIdsAsync(string instanceId)
    {
        var list = await _http.GetFromJsonAsync<JsonObject>($"bookmarks?instanceId={Uri.EscapeDataString(instanceId)}");
        return [.. (list!["items"] as JsonArray ?? []).Select(b => b!["id"]!.GetValue<string>())];
    }

    public void Dispose() => _http.Dispose();
}
