using System.Text.Json.Nodes;
using CongVu.Host.Tests.Api;
using Xunit;

namespace CongVu.Host.Tests.Descriptors;

/// <summary>Reads the activity descriptors the studio loads, keyed by type name.</summary>
internal static class DescriptorJson
{
    public static async Task<Dictionary<string, JsonObject>> ActivityDescriptorsAsync(this HostFactory host)
    {
        using var client = host.CreateAdminClient();
        var json = await client.GetJsonAsync("/elsa/api/descriptors/activities?refresh=true");
        var items = json["items"]!.AsArray().Select(i => i!.AsObject()).ToList();
        Assert.Equal(items.Count, json["count"]!.GetValue<int>());
        return items.ToDictionary(i => i["typeName"]!.GetValue<string>());
    }

    public static JsonObject Input(JsonObject descriptor, string name) =>
        descriptor["inputs"]!.AsArray().Single(i => i!["name"]!.GetValue<string>() == name)!.AsObject();
}
