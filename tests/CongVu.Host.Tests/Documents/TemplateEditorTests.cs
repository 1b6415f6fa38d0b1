using System.Net;
using CongVu.Host.Documents.Rendering;
using CongVu.Host.Documents.Templates;
using CongVu.Host.Email;
using CongVu.Host.Tests.People;
using Xunit;

namespace CongVu.Host.Tests.Documents;

/// <summary>
/// The template editor (<c>/quan-tri/mau-van-ban</c>): administrators preview and save templates; a template that
/// fails is refused with its line and reason, and the version in use stays.
/// </summary>
public sealed class TemplateEditorTests(DocumentHost host) : IClassFixture<DocumentHost>
{
    private const string Editor = "/quan-tri/mau-van-ban/thu-nghiem";

    private DocumentTemplateStore Store => host.Get<DocumentTemplateStore>();

    private async Task<HttpResponseMessage> PostAsync(Browser browser, string url, string action, string text) =>
        await browser.PostFormAsync(url, ("__RequestVerificationToken", await browser.GetTokenAsync(url)), ("action", action), ("text", text));

    [Fact]
    public async Task List_Admin_SeesDocumentAndEmailTemplates()
    {
        using var browser = await host.SignedInAsync("admin");

        var html = await browser.Client.GetStringAsync("/quan-tri/mau-van-ban");

        Assert.Contains("href=\"/quan-tri/mau-van-ban/thu-nghiem\"", html, StringComparison.Ordinal);
        Assert.Contains("Thông báo thử nghiệm", html, StringComparison.Ordinal);
        Assert.Contains("task-assigned.subject.hbs", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_BrokenTemplate_IsRefusedWithTheLineAndTheOldOneStays()
    {
        var entry = Store.Find(DocumentTemplates.TestTemplate)!;
        var before = Store.Text(entry);
        using var browser = await host.SignedInAsync("admin");

        using var response = await PostAsync(browser, Editor, "luu", TemplateCheckTests.WithLine(13, "{{#if intro}}<p>{{intro}}</p>").Replace("\n", "\r\n", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Chưa lưu, mẫu cũ vẫn được dùng. Dòng 13: Khối {{#if}} chưa được đóng bằng {{/if}}.", html, StringComparison.Ordinal);
        Assert.Contains("<pre class=\"line\">13 | {{#if intro}}&lt;p&gt;{{intro}}&lt;/p&gt;</pre>", html, StringComparison.Ordinal);
        Assert.Equal(before, Store.Text(entry));
        Assert.Empty(await Store.HistoryAsync(entry, default));
        Assert.Contains("Về việc", host.Get<DocumentRenderer>().Render(DocumentTemplates.TestTemplate, DocumentHost.Sample()).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_UnknownElement_IsRefusedNamingIt()
    {
        using var browser = await host.SignedInAsync("admin");

        using var response = await PostAsync(browser, Editor, "luu", TemplateCheckTests.WithLine(15, "<p>{{intro}}</p><div>khối</div>"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Dòng 15: Thẻ không được phép trong văn bản: &lt;div&gt;.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_ShowsTheSampleRenderedWithoutSaving()
    {
        var entry = Store.Find(DocumentTemplates.TestTemplate)!;
        using var browser = await host.SignedInAsync("admin");

        using var response = await PostAsync(browser, Editor, "xem-truoc", TemplateCheckTests.WithLine(12, "<p class=\"doc-type\">Công văn thử</p>"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Xem trước với dữ liệu mẫu", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"doc-type\">CÔNG VĂN THỬ</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Công văn thử", Store.Text(entry), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_GoodTemplate_IsKeptInHistoryAndUsedFromThenOn()
    {
        var entry = Store.Find(DocumentTemplates.TestTemplate)!;
        using var browser = await host.SignedInAsync("admin");
        var edited = TemplateCheckTests.WithLine(13, "<p class=\"summary\">Về việc {{subject}} (bản đã sửa)</p>");

        using var response = await PostAsync(browser, Editor, "luu", edited);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Đã lưu.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(edited, Store.Text(entry));
        var version = Assert.Single(await Store.HistoryAsync(entry, default));
        Assert.Equal("admin", version.SavedBy);
        Assert.Contains("(bản đã sửa)", host.Get<DocumentRenderer>().Render(DocumentTemplates.TestTemplate, DocumentHost.Sample()).Html, StringComparison.Ordinal);
        Assert.Contains("(bản đã sửa)", (await host.IssueAsync("DVB", null)).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_EmailSubject_IsUsedForTheNextMessages()
    {
        using var browser = await host.SignedInAsync("admin");

        using var response = await PostAsync(browser, "/quan-tri/mau-van-ban/task-assigned.subject.hbs", "luu", "[Thử] Việc mới: {{title}}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("[Thử] Việc mới: ", host.Get<EmailTemplates>().RenderSample("task-assigned").Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_BrokenEmailTemplate_IsRefusedWithTheLine()
    {
        using var browser = await host.SignedInAsync("admin");

        using var response = await PostAsync(browser, "/quan-tri/mau-van-ban/task-assigned.txt.hbs", "luu", "Kính gửi {{recipientName}},\n{{#each items}}\n{{this}}\n");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Dòng 2: Khối {{#each}} chưa được đóng", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_WithoutAntiforgeryToken_IsRejected()
    {
        var entry = Store.Find(DocumentTemplates.TestTemplate)!;
        var before = Store.Text(entry);
        using var browser = await host.SignedInAsync("admin");

        using var response = await browser.PostFormAsync(Editor, ("action", "luu"), ("text", "<article class=\"nd30\"><p>x</p></article>"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, Store.Text(entry));
    }

    [Fact]
    public async Task Editor_StaffMember_IsTurnedAway()
    {
        using var browser = await host.SignedInAsync("nva");

        using var response = await browser.Client.GetAsync(Editor);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<textarea", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
