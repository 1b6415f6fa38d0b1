using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CongVu.Studio.Tests.Studio;

/// <summary>
/// Drives the studio's flowchart designer (@antv/x6) the way a person does: HTML5 drag from the activity palette onto
/// the canvas, and mouse down/move/up from an output port (<c>g.x6-port-body[port=…]</c>) to the next activity's
/// <c>In</c> port. Nodes are found by the activity JSON the studio puts on each <c>elsa-activity-wrapper</c>.
/// </summary>
internal sealed class FlowchartDesigner(IPage page)
{
    public ILocator Canvas => page.Locator(".x6-graph-svg");
    public ILocator Nodes => page.Locator("g.x6-node");
    public ILocator Edges => page.Locator("g.x6-edge");

    /// <summary>The node of the (single) activity of this type, e.g. <c>Elsa.WriteLine</c>.</summary>
    public ILocator Node(string activityType) =>
        Nodes.Filter(new() { Has = page.Locator($"elsa-activity-wrapper[activity-json*='\"type\":\"{activityType}\"']") });

    /// <summary>The node of the activity with this id (x6 puts the activity id in <c>data-cell-id</c>).</summary>
    public ILocator NodeById(string activityId) => page.Locator($"g.x6-node[data-cell-id=\"{activityId}\"]");

    /// <summary>The activity ids of the nodes on the canvas now, sorted.</summary>
    public async Task<IReadOnlyList<string>> NodeIdsAsync() =>
        (await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('g.x6-node')].map(n => n.getAttribute('data-cell-id'))"))
        .Order(StringComparer.Ordinal).ToList();

    /// <summary>The toolbar's first button (tooltip "Zoom to fit the screen"): only the view changes, nothing is saved.</summary>
    public Task ZoomToFitAsync() => page.Locator("[role=toolbar].mud-toolbar button").First.ClickAsync();

    /// <summary>Opens the palette category if needed and drags the activity onto the canvas at (x, y) in canvas pixels.</summary>
    public async Task DropAsync(string category, string displayName, float x, float y)
    {
        var before = await Nodes.CountAsync();
        var item = page.Locator("[draggable=true]", new() { Has = page.GetByText(displayName, new() { Exact = true }) }).First;
        if (!await item.IsVisibleAsync()) await page.GetByText(category, new() { Exact = true }).First.ClickAsync();
        await item.DragToAsync(Canvas, new() { TargetPosition = new() { X = x, Y = y } });
        await Expect(Nodes).ToHaveCountAsync(before + 1);
    }

    /// <summary>Drags a new connection from the source's output port to the target's <c>In</c> port.</summary>
    public async Task ConnectAsync(string sourceType, string port, string targetType)
    {
        var before = await Edges.CountAsync();
        var from = await CenterAsync(Node(sourceType).Locator($"g.x6-port-body[port=\"{port}\"] .elsa-designer-port-hit-area"));
        var to = await CenterAsync(Node(targetType).Locator("g.x6-port-body[port=\"In\"] .elsa-designer-port-hit-area"));
        await page.Mouse.MoveAsync(from.X, from.Y);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync((from.X + to.X) / 2, (from.Y + to.Y) / 2, new() { Steps = 10 });
        await page.Mouse.MoveAsync(to.X, to.Y, new() { Steps = 10 });
        await page.Mouse.UpAsync();
        await Expect(Edges).ToHaveCountAsync(before + 1);
        await page.Mouse.MoveAsync(5, 5); // off the edge, so its hover tools hide again
    }

    /// <summary>Selects an activity by clicking its label, which opens its properties below the canvas.</summary>
    public Task SelectAsync(string activityType) => Node(activityType).Locator(".activity-label").ClickAsync();

    private static async Task<(float X, float Y)> CenterAsync(ILocator locator)
    {
        var box = await locator.BoundingBoxAsync() ?? throw new InvalidOperationException($"{locator} is not on screen.");
        return (box.X + box.Width / 2, box.Y + box.Height / 2);
    }
}
