using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace CongVu.Host.Tests.Api;

/// <summary>Small JSON helpers for API tests.</summary>
internal static class ApiJson
{
    public static async Task<JsonNode> ReadJsonAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException("Empty JSON body.");

    public static async Task<JsonNode> GetJsonAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.ReadJsonAsync();
    }

    public static async Task<JsonNode> PostJsonAsync(this HttpClient client, string url, JsonNode? body)
    {
        using var response = await client.PostAsJsonAsync(url, body);
        Assert.True(response.IsSuccessStatusCode, $"POST {url} → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.ReadJsonAsync();
    }

    /// <summary>Waits until <paramref name="condition"/> holds, polling the API.</summary>
    public static async Task<JsonNode> PollAsync(this HttpClient client, string url, Func<JsonNode, bool> condition, int seconds = 10)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            using var response = await client.GetAsync(url);
            if (response.IsSuccessStatusCode && await response.ReadJsonAsync() is var json && condition(json)) return json;
            if (DateTime.UtcNow > until) throw new TimeoutException($"GET {url} did not reach the expected state.");
            await Task.Delay(50);
        }
    }
}
