using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CongVu.Host.Tests.Crash;

/// <summary>The few Elsa REST calls the crash tests make, with <c>Authorization: ApiKey &lt;key&gt;</c>.</summary>
internal sealed class ElsaApiClient : IDisposable
{
    private readonly HttpClient _http;

    public ElsaApiClient(Uri hostAddress, string apiKey)
    {
        _http = new HttpClient { BaseAddress = new Uri(hostAddress, "elsa/api/"), Timeout = TimeSpan.FromSeconds(20) };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", apiKey);
    }

    public async Task<JsonObject?> FindPublishedAsync(string definitionId)
    {
        using var response = await _http.GetAsync($"workflow-definitions/by-definition-id/{definitionId}?versionOptions=Published");
        if (response.StatusCode == HttpStatusCode.NotFound) return null;
        return await ReadObjectAsync(response);
    }

    public async Task PublishAsync(JsonObject model)
    {
        using var response = await _http.PostAsJsonAsync("workflow-definitions", new JsonObject { ["model"] = model.DeepClone(), ["publish"] = true });
        await ReadObjectAsync(response);
    }

    /// <summary>Starts an instance; returns its id from the <c>x-elsa-workflow-instance-id</c> header.</summary>
    public async Task<string> ExecuteAsync(string definitionId, string correlationId, CancellationToken ct = default, JsonObject? input = null)
    {
        var body = new JsonObject { ["correlationId"] = correlationId };
        if (input is not null) body["input"] = input;
        using var response = await _http.PostAsJsonAsync($"workflow-definitions/{definitionId}/execute", body, ct);
        await EnsureSuccessAsync(response);
        return response.Headers.TryGetValues("x-elsa-workflow-instance-id", out var ids) && ids.FirstOrDefault() is { Length: > 0 } id
            ? id
            : throw new InvalidOperationException($"execute {definitionId}: no x-elsa-workflow-instance-id header.");
    }

    public async Task<JsonObject?> FindInstanceAsync(string instanceId)
    {
        using var response = await _http.GetAsync($"workflow-instances/{instanceId}");
        if (response.StatusCode == HttpStatusCode.NotFound) return null;
        return await ReadObjectAsync(response);
    }

    /// <summary>The whole journal; GET as documented for us, POST as Elsa Studio calls it.</summary>
    public async Task<IReadOnlyList<JsonObject>> JournalAsync(string instanceId)
    {
        var path = $"workflow-instances/{instanceId}/journal?skip=0&take=1000";
        using var get = await _http.GetAsync(path);
        using var response = get.StatusCode == HttpStatusCode.MethodNotAllowed ? await _http.PostAsync(path, content: null) : null;
        var page = await ReadObjectAsync(response ?? get);
        return (page["items"] as JsonArray ?? []).OfType<JsonObject>().ToList();
    }

    public async Task TriggerEventAsync(string eventName, string correlationId)
    {
        using var response = await _http.PostAsJsonAsync($"events/{eventName}/trigger", new JsonObject { ["correlationId"] = correlationId });
        await EnsureSuccessAsync(response);
    }

    public void Dispose() => _http.Dispose();

    private static async Task<JsonObject> ReadObjectAsync(HttpResponseMessage response)
    {
        await EnsureSuccessAsync(response);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response)
    {
        if (response.IsSuccessStatusCode) return;
        var body = await response.Content.ReadAsStringAsync();
        throw new HttpRequestException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} → {(int)response.StatusCode}: {body}", null, response.StatusCode);
    }
}
