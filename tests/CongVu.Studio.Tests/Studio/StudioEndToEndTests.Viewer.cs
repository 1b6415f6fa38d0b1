using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace CongVu.Studio.Tests.Studio;

public sealed partial class StudioEndToEndTests
{
    /// <summary>The instance viewer (/studio/instances/{id}) shows the journal of the run, with the Write Line in it.</summary>
    private async Task ShowJournalAsync(IPage page, string instanceId)
    {
        await page.GotoAsync($"/studio/instances/{instanceId}");
        var journal = page.Locator(".mud-timeline-item");
        await Expect(journal.Filter(new() { HasText = "Write Line - Completed" })).ToBeVisibleAsync(new() { Timeout = StudioSite.Timeout });
        await Expect(journal.Filter(new() { HasText = "WriteLine1" }).First).ToBeVisibleAsync();
        await Expect(journal.Filter(new() { HasText = "End - Completed" })).ToBeVisibleAsync();
        await Expect(page.GetByText(instanceId, new() { Exact = true }).First).ToBeVisibleAsync();
        // The viewer then loads the flowchart's execution record (GET activity-executions/by-id) and counts it.
        await Expect(page.Locator(".mud-tab", new() { HasText = "Executions" }).Locator(".mud-badge")).ToHaveTextAsync("1");
        Log($"instance {instanceId} finished; the viewer shows its journal");
        await _site.ShotAsync(page, "09-instance-journal");
    }

    /// <summary>Without the sign-in cookie, /studio sends the visitor to the login page.</summary>
    private async Task AnonymousVisitorIsSentToLoginAsync()
    {
        var page = await _site.NewPageAsync(watched: false);
        await page.GotoAsync("/studio");
        Assert.Equal("/dang-nhap", new Uri(page.Url).AbsolutePath);
        await Expect(page.Locator("#password")).ToBeVisibleAsync();
        await _site.ShotAsync(page, "10-anonymous-redirected");
    }
}
