using System.Diagnostics;
using System.Net;
using CongVu.Host.Documents.Pdf;
using CongVu.Host.Documents.Persistence;
using Xunit;

namespace CongVu.Host.Tests.Documents;

/// <summary>
/// <c>/van-ban/{id}</c>, <c>.docx</c> and <c>.pdf</c>: open to the document's unit, its supervisor unit and administrators;
/// everyone else signed in gets a Vietnamese 403 page, visitors are sent to sign in.
/// </summary>
public sealed class DocumentEndpointTests(DocumentHost host) : IClassFixture<DocumentHost>
{
    // One key: every test finds the same document (numbered 1 the first time).
    private Task<DocumentRecord> DocumentAsync() => host.IssueAsync("DVA", "KH", key: "endpoint-tests");

    [Theory]
    [InlineData("nva")]
    [InlineData("gs1")]
    [InlineData("admin")]
    public async Task Page_UnitSupervisorOrAdmin_SeesThePreviewWithDownloads(string userName)
    {
        var document = await DocumentAsync();
        using var browser = await host.SignedInAsync(userName);

        using var response = await browser.Client.GetAsync($"/van-ban/{document.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("nd30-sheet", html, StringComparison.Ordinal);
        Assert.Contains("Số: 1/KH-DVA", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/van-ban/{document.Id}.docx\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Docx_Owner_DownloadsWithContentTypeAndBothFileNames()
    {
        var document = await DocumentAsync();
        using var browser = await host.SignedInAsync("nva");

        using var response = await browser.Client.GetAsync($"/van-ban/{document.Id}.docx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType!.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("Thong-bao-ve-viec-kiem-tra-so-van-ban-1-KH-DVA.docx", disposition.FileName);
        Assert.Contains("filename*=UTF-8''Th%C3%B4ng%20b%C3%A1o", string.Join(";", response.Content.Headers.GetValues("Content-Disposition")), StringComparison.Ordinal);
        Assert.Equal("Thông báo về việc kiểm tra sổ văn bản 1-KH-DVA.docx", disposition.FileNameStar);
        using var docx = new DocxFile(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("PHÒNG THỬ NGHIỆM A", DocxFile.Text(docx.Body), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(".docx")]
    [InlineData(".pdf")]
    public async Task Document_UserOfAnotherUnit_GetsForbiddenPage(string suffix)
    {
        var document = await DocumentAsync();
        using var browser = await host.SignedInAsync("nvb");

        using var response = await browser.Client.GetAsync($"/van-ban/{document.Id}{suffix}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Bạn không có quyền xem văn bản này.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Document_Visitor_IsSentToSignIn()
    {
        var document = await DocumentAsync();
        using var browser = host.NewBrowser();

        using var response = await browser.Client.GetAsync($"/van-ban/{document.Id}.docx");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/dang-nhap", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Document_UnknownId_IsNotFound()
    {
        using var browser = await host.SignedInAsync("admin");

        using var response = await browser.Client.GetAsync("/van-ban/khong-co");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không tìm thấy văn bản", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pdf_ConvertsWithLibreOfficeOrExplainsWhyNot()
    {
        var document = await DocumentAsync();
        using var browser = await host.SignedInAsync("nva");

        using var response = await browser.Client.GetAsync($"/van-ban/{document.Id}.pdf");

        if (!host.Get<PdfConverter>().IsAvailable)
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Contains("Máy chủ chưa cài LibreOffice", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            return;
        }
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        Assert.True(pdf.Length > 5000, $"A PDF of {pdf.Length} bytes is too small to hold the document.");
        if (PdfText(pdf) is { } text)
        {
            Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text, StringComparison.Ordinal);
            Assert.Contains("Độc lập - Tự do - Hạnh phúc", text, StringComparison.Ordinal);
            Assert.Contains("PHÒNG THỬ NGHIỆM A", text, StringComparison.Ordinal);
        }
    }

    /// <summary>The PDF's text through poppler's pdftotext, or null when it is not installed.</summary>
    private static string? PdfText(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), $"congvu-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var argument in new[] { "-enc", "UTF-8", file, "-" }) start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? text : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
