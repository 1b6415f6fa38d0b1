using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace CongVu.Studio.Tests.Studio;

/// <summary>Browser tests start a host and a Chromium each; on two cores they run alone, so Blazor's boot is not starved.</summary>
[CollectionDefinition(nameof(StudioCollection), DisableParallelization = true)]
public sealed class StudioCollection;

/// <summary>
/// The genuine Elsa Studio 3.8.2 in Debian's Chromium against the real host process: an administrator signs in on
/// /dang-nhap, creates a workflow in the studio, drags Start → Write Line → End onto the x6 canvas, connects them with
/// the mouse, types the Write Line text, publishes; the API then shows exactly that, runs it to Finished, and the
/// instance viewer shows its journal. Every step leaves a screenshot in TestResults/studio-screenshots/.
/// </summary>
[Trait("Category", "Browser")]
[Collection(nameof(StudioCollection))]
public sealed partial class StudioEndToEndTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string WorkflowName = "Quy trình thử nghiệm";
    private const string Greeting = "Xin chào từ Công Vụ – quy trình thử nghiệm";
    private static readonly Regex OkButton = new("^ok$", RegexOptions.IgnoreCase); // MudBlazor upper-cases "Ok" by CSS
    private readonly StudioSite _site = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public Task InitializeAsync() => _site.StartAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Admin_DesignsPublishesRunsAndInspectsAWorkflow_InTheRealStudio()
    {
        try
        {
            await RunAsync();
        }
        catch (Exception e)
        {
            throw new InvalidOperationException($"{e.Message}\n(screenshots: {_site.ScreenshotFolder})\n--- last host output ---\n{_site.HostOutput}", e);
        }
    }

    private async Task RunAsync()
    {
        var page = await _site.NewPageAsync(watched: true);
        await SignInAsync(page);
        var definitionId = await CreateWorkflowAsync(page);
        await DesignAsync(page);
        await PublishAsync(page);
        await AssertPublishedAsIsDesignedAsync(definitionId);

        var state = await _site.Api.ExecuteAsync(definitionId);
        Assert.Equal("Finished", state["subStatus"]?.GetValue<string>());
        await ShowJournalAsync(page, state["id"]!.GetValue<string>());

        _site.Network.AssertNoApiErrors();
        _site.Network.AssertNothingLeftTheMachine();
        await _site.Network.AssertWasmIsBrotliAsync();
        await _site.Network.AssertSecretNeverSentAsync();
        await AnonymousVisitorIsSentToLoginAsync();
        Log($"done; {_site.Network.RequestCount} requests, all to this machine");
    }

    private async Task SignInAsync(IPage page)
    {
        await page.GotoAsync("/dang-nhap");
        await page.Locator("#userName").FillAsync("admin");
        await page.Locator("#password").FillAsync(_site.Password);
        await _site.ShotAsync(page, "01-login");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync("**/studio");
        var clock = Stopwatch.StartNew();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Create workflow" })).ToBeVisibleAsync(new() { Timeout = StudioSite.Timeout });
        await Expect(page.Locator("elsa-workflow-definition-list")).ToContainTextAsync("No workflow definitions found", new() { Timeout = StudioSite.Timeout });
        Log($"signed in; the definition list booted in {clock.ElapsedMilliseconds} ms");
        await _site.ShotAsync(page, "02-definition-list");
    }

    /// <summary>The list's create button → name dialog → OK; the host page then opens the editor. Returns the new definition id.</summary>
    private async Task<string> CreateWorkflowAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Create workflow" }).ClickAsync();
        var dialog = page.Locator(".mud-dialog");
        var name = dialog.GetByLabel("Name", new() { Exact = true });
        await name.FillAsync(WorkflowName);
        // Leaving the field commits it; the studio then checks that the name is unique.
        await page.RunAndWaitForResponseAsync(() => name.PressAsync("Tab"),
            r => r.Url.Contains("is-name-unique", StringComparison.Ordinal) && Uri.UnescapeDataString(r.Url).Contains(WorkflowName, StringComparison.Ordinal));
        await _site.ShotAsync(page, "03-create-dialog");
        await dialog.GetByRole(AriaRole.Button, new() { NameRegex = OkButton }).ClickAsync();
        await page.WaitForURLAsync("**/studio/definitions/*");
        var definitionId = Uri.UnescapeDataString(new Uri(page.Url).Segments[^1]);
        await Expect(new FlowchartDesigner(page).Canvas).ToBeVisibleAsync(new() { Timeout = StudioSite.Timeout });
        await Expect(page.GetByText("Primitives", new() { Exact = true })).ToBeVisibleAsync(new() { Timeout = StudioSite.Timeout });
        Log($"created {definitionId}; the editor is open");
        await _site.ShotAsync(page, "04-editor");
        return definitionId;
    }

    private async Task DesignAsync(IPage page)
    {
        var designer = new FlowchartDesigner(page);
        await designer.DropAsync("Flow", "Start", 120, 200);
        await designer.DropAsync("Primitives", "Write Line", 380, 200);
        await designer.DropAsync("Flow", "End", 660, 200);
        await _site.ShotAsync(page, "05-activities-dropped");
        await designer.ConnectAsync("Elsa.Start", "Done", "Elsa.WriteLine");
        await designer.ConnectAsync("Elsa.WriteLine", "Done", "Elsa.End");
        await _site.ShotAsync(page, "06-activities-connected");

        await designer.SelectAsync("Elsa.WriteLine");
        var text = page.GetByLabel("Nội dung");
        await text.FillAsync(Greeting);
        // Leaving the field commits it; the studio then autosaves the whole definition with the new text.
        await page.RunAndWaitForResponseAsync(() => text.PressAsync("Tab"), r => IsSaveWith(r.Request, Greeting));
        await _site.ShotAsync(page, "07-input-set");
        Log("designed: 3 activities, 2 connections, Write Line text set (autosaved)");
    }

    /// <summary>The toolbar's cloud button (tooltip "Publish workflow").</summary>
    private async Task PublishAsync(IPage page)
    {
        var publish = page.Locator(".mud-button-group-root button.mud-primary-text").First;
        await publish.HoverAsync();
        await Expect(page.GetByText("Publish workflow", new() { Exact = true })).ToBeVisibleAsync();
        var response = await page.RunAndWaitForResponseAsync(() => publish.ClickAsync(), r => IsSaveWith(r.Request, "\"publish\":true"));
        Assert.True(response.Ok, $"publishing answered {response.Status}: {await response.TextAsync()}");
        await Expect(page.GetByText("Workflow published", new() { Exact = true })).ToBeVisibleAsync();
        await _site.ShotAsync(page, "08-published");
    }
}
