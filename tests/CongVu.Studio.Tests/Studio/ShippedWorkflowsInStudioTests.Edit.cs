using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace CongVu.Studio.Tests.Studio;

public sealed partial class ShippedWorkflowsInStudioTests
{
    private const string EditedDefinition = "ke-hoach-don-vi";
    private const string EditedActivity = "duyet";
    private const string NewDisplayText = "Thủ trưởng đơn vị duyệt kế hoạch (sửa trong studio)";
    private static readonly JsonSerializerOptions Unescaped = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Sets one activity's display text on the property panel's Common tab (autosaved as a draft), publishes with the
    /// toolbar's cloud button, then reads both published versions through the API: version 2 differs from version 1
    /// only by that display text (and the designer's node sizes and positions).
    /// </summary>
    private async Task EditAndPublishAsync(IPage page, EditorWatch watch, ShippedDefinition expected, int number)
    {
        var before = await _site.Api.PublishedDefinitionAsync(EditedDefinition);
        Assert.Equal(1, before["version"]?.GetValue<int>());

        await page.GotoAsync($"/studio/definitions/{EditedDefinition}");
        var designer = new FlowchartDesigner(page);
        await Expect(designer.Nodes).ToHaveCountAsync(expected.Root.Activities.Count, new() { Timeout = StudioSite.Timeout });
        await designer.ZoomToFitAsync();
        await designer.NodeById(EditedActivity).Locator(".activity-label").ClickAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "Common" }).ClickAsync();
        var displayText = page.GetByLabel("Display text", new() { Exact = true });
        await displayText.FillAsync(NewDisplayText);
        // Leaving the field commits it; the studio then autosaves the whole definition as a draft (version 2).
        await page.RunAndWaitForResponseAsync(() => displayText.PressAsync("Tab"), r => IsSaveWith(r.Request, NewDisplayText));
        await Expect(designer.NodeById(EditedActivity).Locator(".activity-label")).ToHaveTextAsync(NewDisplayText);
        await _site.ShotAsync(page, $"{number:00}-{EditedDefinition}-edited");

        var publish = page.Locator(".mud-button-group-root button.mud-primary-text").First;
        await publish.HoverAsync();
        await Expect(page.GetByText("Publish workflow", new() { Exact = true })).ToBeVisibleAsync();
        var response = await page.RunAndWaitForResponseAsync(() => publish.ClickAsync(), r => IsSaveWith(r.Request, "\"publish\":true"));
        Assert.True(response.Ok, $"publishing answered {response.Status}: {await response.TextAsync()}");
        await Expect(page.GetByText("Workflow published", new() { Exact = true })).ToBeVisibleAsync();
        await watch.SettleAsync(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(15));
        await _site.ShotAsync(page, $"{number + 1:00}-{EditedDefinition}-published");
        AssertClean(await watch.TakeAsync(), $"{EditedDefinition} (edit and publish)");

        var after = await _site.Api.PublishedDefinitionAsync(EditedDefinition);
        AssertOnlyTheEditChanged(before, after);
        Log($"{EditedDefinition}: display text of '{EditedActivity}' edited in the studio; version 2 published with only that change");
    }

    /// <summary>Same definition, version 2, same activities, connections, inputs and variables; only the edited display text is new.</summary>
    private static void AssertOnlyTheEditChanged(JsonObject before, JsonObject after)
    {
        Assert.Equal(2, after["version"]?.GetValue<int>());
        Assert.True(after["isPublished"]?.GetValue<bool>(), "version 2 is not marked published");
        foreach (var field in new[] { "definitionId", "name", "description", "variables", "inputs", "outputs", "outcomes" })
            Assert.True(JsonNode.DeepEquals(Normalized(before[field]), Normalized(after[field])),
                $"'{field}' changed:\n{before[field]?.ToJsonString(Unescaped)}\n→ {after[field]?.ToJsonString(Unescaped)}");

        var oldRoot = (JsonObject)before["root"]!;
        var newRoot = (JsonObject)after["root"]!;
        Assert.Equal(Flowchart.ConnectionsOf(oldRoot), Flowchart.ConnectionsOf(newRoot));
        var oldActivities = Activities(oldRoot);
        var newActivities = Activities(newRoot);
        Assert.Equal(oldActivities.Keys.Order(StringComparer.Ordinal), newActivities.Keys.Order(StringComparer.Ordinal));
        foreach (var (id, oldActivity) in oldActivities)
        {
            var newActivity = newActivities[id];
            var expectedText = id == EditedActivity ? NewDisplayText : ShippedDefinition.Text(oldActivity["metadata"]?["displayText"]);
            Assert.Equal(expectedText, ShippedDefinition.Text(newActivity["metadata"]?["displayText"]));
            Assert.True(JsonNode.DeepEquals(Normalized(WithoutMetadata(oldActivity)), Normalized(WithoutMetadata(newActivity))),
                $"activity '{id}' changed beyond its metadata:\n{WithoutMetadata(oldActivity).ToJsonString(Unescaped)}\n→ {WithoutMetadata(newActivity).ToJsonString(Unescaped)}");
        }
    }

    private static Dictionary<string, JsonObject> Activities(JsonObject flowchart) =>
        (flowchart["activities"] as JsonArray ?? []).OfType<JsonObject>().ToDictionary(a => ShippedDefinition.Text(a["id"])!, StringComparer.Ordinal);

    /// <summary>
    /// A copy without the members the studio writes with their default value (Elsa's own defaults: <c>null</c>, and
    /// a variable's <c>isArray: false</c>), so a missing member and its default compare equal.
    /// </summary>
    private static JsonNode? Normalized(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                var copy = new JsonObject();
                foreach (var (key, value) in o)
                    if (value is not null && !(key == "isArray" && value.GetValueKind() == JsonValueKind.False))
                        copy[key] = Normalized(value);
                return copy;
            case JsonArray a:
                return new JsonArray([.. a.Select(Normalized)]);
            default:
                return node?.DeepClone();
        }
    }

    private static JsonObject WithoutMetadata(JsonObject activity)
    {
        var copy = (JsonObject)activity.DeepClone();
        copy.Remove("metadata");
        return copy;
    }

    /// <summary>A save of the definition (autosave or publish) whose body, unescaped, contains <paramref name="marker"/>.</summary>
    private static bool IsSaveWith(IRequest request, string marker)
    {
        if (request.Method != "POST" || !request.Url.EndsWith("/elsa/api/workflow-definitions", StringComparison.Ordinal) || request.PostData is not { } body)
            return false;
        try { return JsonNode.Parse(body)?.ToJsonString(Unescaped).Contains(marker, StringComparison.Ordinal) == true; }
        catch (JsonException) { return false; }
    }
}
