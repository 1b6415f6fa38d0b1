using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using CongVu.Host.Tests.People;
using Xunit;

namespace CongVu.Host.Tests.Complaints;

/// <summary>What a citizen and staff do with the complaint pages, as a browser would.</summary>
internal static partial class ComplaintForms
{
    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n" + new string('x', 900));

    public static (string Name, string Value)[] Citizen(string name = "Nguyễn Thị Lan", string phone = "0901 234 567", string email = "lan.nguyen@example.vn",
        string address = "12 Trần Phú, phường An Hòa", string subject = "Cán bộ một cửa yêu cầu bổ sung giấy tờ nhiều lần",
        string content = "Khi làm thủ tục chứng thực ngày 20/02/2027, tôi bị yêu cầu bổ sung giấy tờ ba lần, mỗi lần một loại khác nhau.") =>
        [("hoTen", name), ("dienThoai", phone), ("email", email), ("diaChi", address), ("tieuDe", subject), ("noiDung", content)];

    public static MultipartFormDataContent Multipart(string token, IEnumerable<(string Name, string Value)> fields, params (string FileName, byte[] Bytes)[] files)
    {
        var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields) form.Add(new StringContent(value), name);
        foreach (var (fileName, bytes) in files)
        {
            var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(content, "tepDinhKem", fileName);
        }
        return form;
    }

    /// <summary>Opens the public form and sends it; returns the response (302 to the confirmation when accepted).</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(Browser browser, IEnumerable<(string Name, string Value)> fields, params (string FileName, byte[] Bytes)[] files)
    {
        var token = await browser.GetTokenAsync("/phan-anh");
        return await browser.Client.PostAsync("/phan-anh", Multipart(token, fields, files));
    }

    /// <summary>Sends the form and reads the tracking code off the confirmation page.</summary>
    public static async Task<string> SubmitAndReadCodeAsync(Browser browser, IEnumerable<(string Name, string Value)> fields, params (string FileName, byte[] Bytes)[] files)
    {
        using var sent = await SubmitAsync(browser, fields, files);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal("/phan-anh/da-gui", sent.Headers.Location?.OriginalString);
        var page = await browser.Client.GetStringAsync("/phan-anh/da-gui");
        Assert.Contains("Đã gửi phản ánh", page, StringComparison.Ordinal);
        return Code().Match(page) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("No code on: " + page);
    }

    /// <summary>Posts a task page's form (fields named as the page names them) with the outcome.</summary>
    public static async Task<HttpResponseMessage> DecideAsync(Browser browser, string taskId, string outcome, string? comment = null, params (string Name, string Value)[] fields)
    {
        var token = await browser.GetTokenAsync($"/cong-viec/{taskId}");
        var all = new List<(string, string)> { ("__RequestVerificationToken", token), ("outcome", outcome) };
        if (comment is not null) all.Add(("comment", comment));
        all.AddRange(fields.Select(f => ("f." + f.Name, f.Value)));
        return await browser.PostFormAsync($"/cong-viec/{taskId}", [.. all]);
    }

    public static async Task ClaimAsync(Browser browser, string taskId)
    {
        var token = await browser.GetTokenAsync($"/cong-viec/{taskId}");
        using var claimed = await browser.PostFormAsync($"/cong-viec/{taskId}/nhan-viec", ("__RequestVerificationToken", token));
        Assert.Equal(HttpStatusCode.Redirect, claimed.StatusCode);
    }

    [GeneratedRegex("<span class=\"code\">([^<]+)</span>")]
    private static partial Regex Code();
}
