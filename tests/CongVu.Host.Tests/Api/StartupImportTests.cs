using System.Text.Json.Nodes;
using Xunit;

namespace CongVu.Host.Tests.Api;

public sealed class StartupImportTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "congvu-host-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Startup_ImportsNewFiles_SkipsSameVersion_ImportsHigherVersion_SurvivesBadFiles()
    {
        Directory.CreateDirectory(Path.Combine(_root, "workflows"));
        await WriteAsync("greeting.json", Definitions.Hello("greeting", "Lời chào v1"), version: 1);
        await File.WriteAllTextAsync(Path.Combine(_root, "workflows", "broken.json"), "{ not json");
        await WriteAsync("invalid.json", Definitions.Model("invalid", "Sai", [Definitions.Activity("a1", "Acme.Nope")]), version: 1);

        await using (var first = HostFactory.Create(_root, HostFactory.AdminApiKey))
        {
            using var client = first.CreateAdminClient();
            var definition = await client.GetJsonAsync("/elsa/api/workflow-definitions/by-definition-id/greeting?versionOptions=Published");
            Assert.Equal(1, definition["version"]!.GetValue<int>());
            Assert.Equal("Lời chào v1", definition["name"]!.GetValue<string>());
            var all = await client.GetJsonAsync("/elsa/api/workflow-definitions?versionOptions=AllVersions");
            Assert.Equal(1, all["totalCount"]!.GetValue<int>());
        }

        // Same version with different content: left alone.
        await WriteAsync("greeting.json", Definitions.Hello("greeting", "Lời chào sửa"), version: 1);
        await using (var second = HostFactory.Create(_root, HostFactory.AdminApiKey))
        {
            using var client = second.CreateAdminClient();
            var definition = await client.GetJsonAsync("/elsa/api/workflow-definitions/by-definition-id/greeting?versionOptions=Latest");
            Assert.Equal("Lời chào v1", definition["name"]!.GetValue<string>());
        }

        // A higher version is imported and published, under the file's number.
        await WriteAsync("greeting.json", Definitions.Hello("greeting", "Lời chào v3"), version: 3);
        await using (var third = HostFactory.Create(_root, HostFactory.AdminApiKey))
        {
            using var client = third.CreateAdminClient();
            var definition = await client.GetJsonAsync("/elsa/api/workflow-definitions/by-definition-id/greeting?versionOptions=Published");
            Assert.Equal(3, definition["version"]!.GetValue<int>());
            Assert.Equal("Lời chào v3", definition["name"]!.GetValue<string>());
            var versions = await client.GetJsonAsync("/elsa/api/workflow-definitions/greeting/versions");
            Assert.Equal(2, versions["totalCount"]!.GetValue<int>());
        }
    }

    [Fact]
    public async Task Startup_SeedsHolidays_AndTheCalendarApiReplacesThem()
    {
        await using var host = HostFactory.Create(_root, HostFactory.AdminApiKey);
        using var client = host.CreateAdminClient();
        var seeded = (await client.GetJsonAsync("/elsa/api/calendar/holidays")).AsArray();
        Assert.Contains(seeded, d => d!["date"]!.GetValue<string>() == "2025-09-02" && d["name"]!.GetValue<string>() == "Quốc khánh (2/9)");

        var bad = new JsonArray(
            new JsonObject { ["date"] = "2026-02-30", ["kind"] = "Holiday", ["name"] = "Ngày không có" },
            new JsonObject { ["date"] = "2026-05-01", ["kind"] = "Vacation", ["name"] = "" });
        using var rejected = await client.PutAsync("/elsa/api/calendar/holidays", System.Net.Http.Json.JsonContent.Create(bad));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, rejected.StatusCode);
        var errors = (await rejected.ReadJsonAsync())["errors"]!.AsArray().Select(e => (e!["row"]!.GetValue<int>(), e["field"]!.GetValue<string>())).ToList();
        Assert.Equal([(1, "date"), (2, "kind"), (2, "name")], errors);

        var good = new JsonArray(new JsonObject { ["date"] = "2030-09-02", ["kind"] = "Holiday", ["name"] = "Quốc khánh" });
        using var replaced = await client.PutAsync("/elsa/api/calendar/holidays", System.Net.Http.Json.JsonContent.Create(good));
        Assert.Equal(System.Net.HttpStatusCode.OK, replaced.StatusCode);
        var now = (await client.GetJsonAsync("/elsa/api/calendar/holidays")).AsArray();
        Assert.Equal("2030-09-02", Assert.Single(now)!["date"]!.GetValue<string>());
    }

    private Task WriteAsync(string file, JsonObject model, int version)
    {
        model["version"] = version;
        return File.WriteAllTextAsync(Path.Combine(_root, "workflows", file), model.ToJsonString());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_root, recursive: true); }
        catch (IOException) { /* a leftover temp folder is harmless */ }
    }
}
