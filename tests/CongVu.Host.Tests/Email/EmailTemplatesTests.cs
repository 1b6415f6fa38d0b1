using CongVu.Engine.Scheduling.Time;
using CongVu.Host.Email;
using Microsoft.Extensions.Options;
using Xunit;

namespace CongVu.Host.Tests.Email;

/// <summary>Every template in templates/email renders with its sample model; the task templates read as intended.</summary>
public sealed class EmailTemplatesTests
{
    private static readonly string Folder = Path.Combine(SourceRoot(), "templates", "email");
    private readonly EmailTemplates _templates = new(Options.Create(new EmailOptions { TemplatesFolder = Folder }), Options.Create(new TimeOptions()));

    public static TheoryData<string> Names() => [.. Directory.GetFiles(Folder, "*.html.hbs").Select(f => Path.GetFileName(f)[..^".html.hbs".Length])];

    [Fact]
    public void Folder_HasTheFourTaskTemplatesEachWithSubjectTextAndSample()
    {
        Assert.Equal(["task-assigned", "task-completed", "task-escalation", "task-reminder"], _templates.Names);
        foreach (var name in _templates.Names)
            foreach (var suffix in new[] { "subject.hbs", "txt.hbs", "sample.json" })
                Assert.True(File.Exists(Path.Combine(Folder, $"{name}.{suffix}")), $"{name}.{suffix}");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Render_Sample_GivesSubjectHtmlAndTextWithTheLink(string name)
    {
        var email = _templates.RenderSample(name);
        Assert.StartsWith("[Công Vụ] ", email.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', email.Subject);
        Assert.StartsWith("<!DOCTYPE html>", email.Html, StringComparison.Ordinal);
        const string link = "http://127.0.0.1:5080/cong-viec/0190f0c2a4b87c3d9e1f2a3b4c5d6e7f?t=CfDJ8-sample";
        Assert.Contains($"href=\"{link}\"", email.Html, StringComparison.Ordinal);
        Assert.Contains(link, email.Text, StringComparison.Ordinal);
        Assert.Contains("có hiệu lực đến 09:00 08/01/2027", email.Text, StringComparison.Ordinal);
        foreach (var part in new[] { email.Subject, email.Html, email.Text })
        {
            Assert.DoesNotContain("{{", part, StringComparison.Ordinal);
            Assert.DoesNotContain("&#", part, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("&amp;", email.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<", email.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("task-assigned", "[Công Vụ] Công việc mới: Kế hoạch năm 2027")]
    [InlineData("task-reminder", "[Công Vụ] Nhắc việc: Kế hoạch năm 2027 – hạn 15/01/2027")]
    [InlineData("task-escalation", "[Công Vụ] Quá hạn: Kế hoạch năm 2027 – hạn 15/01/2027")]
    [InlineData("task-completed", "[Công Vụ] Hồ sơ của bạn bị trả lại: Kế hoạch năm 2027")]
    public void Render_Sample_Subject(string name, string subject) => Assert.Equal(subject, _templates.RenderSample(name).Subject);

    [Fact]
    public void Render_EncodesValuesInHtmlOnly()
    {
        var email = _templates.Render("task-completed", new Dictionary<string, object?>
        {
            ["recipientName"] = "Trần Thị Bình",
            ["title"] = "Tờ trình <Kinh phí & nhân sự>",
            ["approved"] = true,
            ["comment"] = "Đồng ý <b>toàn bộ</b>",
            ["link"] = "http://127.0.0.1:5080/cong-viec/1?t=a",
        });
        Assert.Equal("[Công Vụ] Hồ sơ của bạn đã được duyệt: Tờ trình <Kinh phí & nhân sự>", email.Subject);
        Assert.Contains("Tờ trình &lt;Kinh phí &amp; nhân sự&gt;", email.Html, StringComparison.Ordinal);
        Assert.Contains("Đồng ý &lt;b&gt;toàn bộ&lt;/b&gt;", email.Html, StringComparison.Ordinal);
        Assert.Contains("Ý kiến: Đồng ý <b>toàn bộ</b>", email.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UnknownOrUnsafeName_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => _templates.Render("khong-co", null));
        Assert.Throws<InvalidOperationException>(() => _templates.Render("../email/task-assigned", null));
    }

    [Fact]
    public void ToPlain_KeepsTextLinksAndLineBreaks() =>
        Assert.Equal("Xin chào An,\nMở: Công việc (http://x/1?a=1&b=2)", HtmlText.ToPlain("<p>Xin chào <b>An</b>,</p><p>Mở: <a href=\"http://x/1?a=1&amp;b=2\">Công việc</a></p>"));

    internal static string SourceRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CongVu.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("CongVu.sln not found above " + AppContext.BaseDirectory);
    }
}
