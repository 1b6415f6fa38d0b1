using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CongVu.Engine.Tasks;
using CongVu.Host.Files;
using CongVu.Host.People;
using Xunit;

namespace CongVu.Host.Tests.Inbox;

public sealed class UploadTests(InboxHost host) : IClassFixture<InboxHost>
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n" + new string('x', 900));

    [Fact]
    public async Task WrongExtension_IsRefusedBesideTheField_AndNothingIsStored()
    {
        var (browser, task, token) = await OpenAsync("up-duoi");
        using var _ = browser;
        using var response = await browser.Client.PostAsync($"/cong-viec/{task.Id}", Multipart(token, "Gửi", ("virus.exe", Pdf)));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Tệp “virus.exe” không đúng định dạng. Chỉ chấp nhận: .pdf.", html, StringComparison.Ordinal);
        Assert.Empty(StoredFiles(task.Id));
        Assert.Equal(HumanTaskStatus.Open, (await host.FindAsync(task.Id)).Status);
    }

    [Fact]
    public async Task FileOverTheFieldLimit_IsRefusedWithItsSize()
    {
        var (browser, task, token) = await OpenAsync("up-lon");
        using var _ = browser;
        using var response = await browser.Client.PostAsync($"/cong-viec/{task.Id}", Multipart(token, "Gửi", ("ban-scan.pdf", new byte[3000])));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Tệp “ban-scan.pdf” quá lớn (3 KB). Dung lượng tối đa: 2 KB.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(StoredFiles(task.Id));
    }

    [Fact]
    public async Task PostOverTheRequestLimit_Returns413WithAClearMessage()
    {
        var (browser, task, token) = await OpenAsync("up-413");
        using var _ = browser;
        using var response = await browser.Client.PostAsync($"/cong-viec/{task.Id}", Multipart(token, "Gửi", ("ban-scan.pdf", new byte[FileRules.MaxRequestBytes + 1])));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("tổng dung lượng các tệp không được vượt quá 20 MB", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HumanTaskStatus.Open, (await host.FindAsync(task.Id)).Status);
    }

    [Fact]
    public async Task RefusedPost_KeepsTheUploadedFile_ThenTheTaskCompletesWithIt_AndOnlyThoseWhoSeeTheTaskDownloadIt()
    {
        var (browser, task, token) = await OpenAsync("up-giu");
        using var _ = browser;
        using var refused = await browser.Client.PostAsync($"/cong-viec/{task.Id}", Multipart(token, "Gửi", ("Bản scan “số 12”.pdf", Pdf), soHieu: ""));
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var stored = Assert.Single(StoredFiles(task.Id));
        Assert.Contains($"name=\"f.banScan.kept\" value=\"{stored.Id}\"", html, StringComparison.Ordinal);
        Assert.Contains("Đã tải lên: <strong>Bản scan “số 12”.pdf</strong> (1 KB)", html, StringComparison.Ordinal);

        var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new StringContent("12/BC"), "f.soHieu" },
            { new StringContent(stored.Id), "f.banScan.kept" }, { new StringContent("Gửi"), "outcome" } };
        using var sent = await browser.Client.PostAsync($"/cong-viec/{task.Id}", form);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal(HumanTaskStatus.Completed, (await host.FindAsync(task.Id)).Status);

        using var download = await browser.Client.GetAsync($"/tep/{stored.Id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Contains("sandbox", download.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);

        await host.CreateUserAsync("up-khac", "Người Đơn Vị Khác", "BTC-TU", Roles.Staff);
        using var stranger = await host.SignInAsync("up-khac");
        using var denied = await stranger.Client.GetAsync($"/tep/{stored.Id}");
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        using var anonymous = await new People.Browser(host.Factory).Client.GetAsync($"/tep/{stored.Id}");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
    }

    private async Task<(People.Browser Browser, HumanTaskRecord Task, string Token)> OpenAsync(string userName)
    {
        await host.CreateUserAsync(userName, "Cán bộ tải tệp", "VP-UBND", Roles.Staff);
        var task = await host.StartAsync("test-inbox-ho-so", new JsonObject { ["assignee"] = userName });
        var browser = await host.SignInAsync(userName);
        return (browser, task, await browser.GetTokenAsync($"/cong-viec/{task.Id}"));
    }

    private static MultipartFormDataContent Multipart(string token, string outcome, (string Name, byte[] Bytes) file, string soHieu = "01/TB")
    {
        var content = new ByteArrayContent(file.Bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(soHieu), "f.soHieu" },
            { new StringContent(outcome), "outcome" },
            { content, "f.banScan", file.Name },
        };
    }

    private List<StoredFile> StoredFiles(string taskId)
    {
        var folder = Path.Combine(host.Root, "files");
        if (!Directory.Exists(folder)) return [];
        return Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories)
            .Select(f => JsonSerializer.Deserialize<StoredFile>(File.ReadAllText(f), JsonSerializerOptions.Web)!)
            .Where(f => f.TaskId == taskId).ToList();
    }
}
