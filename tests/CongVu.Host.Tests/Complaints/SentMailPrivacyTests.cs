using System.Net;
using System.Text.RegularExpressions;
using Xunit;

namespace CongVu.Host.Tests.Complaints;

/// <summary>Administrators read the sent mail, but a citizen's address stays private there: list, message page and .eml.</summary>
public sealed class SentMailPrivacyTests(ComplaintsHost host) : IClassFixture<ComplaintsHost>
{
    [Fact]
    public async Task SentMailPages_HideTheCitizensAddress_AndRefuseTheEmlFile()
    {
        host.Clock.Set(ComplaintsHost.Now);
        await host.AcceptedCaseAsync("Thư gửi người dân: bảo mật địa chỉ", reporterName: "Trần Văn Bảo", email: "bao.tran@example.vn");
        var files = await host.DeliverMailAsync();
        Assert.Contains(files, f => File.ReadAllText(f).Contains("bao.tran@example.vn", StringComparison.Ordinal));

        using var admin = await host.SignInAsync("admin");
        var list = await admin.Client.GetStringAsync("/quan-tri/thu-da-gui");
        Assert.Contains("địa chỉ được bảo mật", list, StringComparison.Ordinal);
        Assert.DoesNotContain("bao.tran@example.vn", list, StringComparison.OrdinalIgnoreCase);

        var found = false;
        foreach (Match link in Regex.Matches(list, "/quan-tri/thu-da-gui/([^\"/?]+)\""))
        {
            var page = await admin.Client.GetStringAsync($"/quan-tri/thu-da-gui/{link.Groups[1].Value}");
            Assert.DoesNotContain("bao.tran@example.vn", page, StringComparison.OrdinalIgnoreCase);
            if (!page.Contains("địa chỉ được bảo mật", StringComparison.Ordinal)) continue;
            found = true;
            Assert.DoesNotContain("Tải tệp .eml", page, StringComparison.Ordinal);
            using var eml = await admin.Client.GetAsync($"/quan-tri/thu-da-gui/{link.Groups[1].Value}/eml");
            Assert.Equal(HttpStatusCode.Forbidden, eml.StatusCode);
        }
        Assert.True(found, "No message to the citizen was listed.");
    }
}
