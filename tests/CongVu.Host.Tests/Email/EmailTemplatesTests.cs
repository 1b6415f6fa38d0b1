using System.Text.Json.Nodes;
using CongVu.Engine.Expressions;
using CongVu.Engine.Scheduling.Time;
using CongVu.Host.Email;
using Microsoft.Extensions.Options;
using Xunit;

namespace CongVu.Host.Tests.Email;

/// <summary>Every template in templates/email renders with its sample model; the task and complaint templates read as intended.</summary>
public sealed class EmailTemplatesTests
{
    private static readonly string Folder = Path.Combine(SourceRoot(), "templates", "email");
    private readonly EmailTemplates _templates = new(Options.Create(new EmailOptions { TemplatesFolder = Folder }), Options.Create(new TimeOptions()));

    private static IEnumerable<string> FileNames() => Directory.GetFiles(Folder, "*.html.hbs").Select(f => Path.GetFileName(f)[..^".html.hbs".Length]).Order(StringComparer.Ordinal);

    public static TheoryData<string> Names() => [.. FileNames()];

    public static TheoryData<string> TaskNames() => [.. FileNames().Where(n => n.StartsWith("task-", StringComparison.Ordinal))];

    public static TheoryData<string> ComplaintNames() => [.. FileNames().Where(n => n.StartsWith("phan-anh-", StringComparison.Ordinal))];

    [Fact]
    public void Folder_HasTheTaskAndComplaintTemplates_EachWithSubjectTextAndSample()
    {
        Assert.Subset(_templates.Names.ToHashSet(), new HashSet<string>(["task-assigned", "task-completed", "task-escalation", "task-reminder",
            "phan-anh-tiep-nhan", "phan-anh-bo-sung", "phan-anh-tra-loi"]));
        foreach (var name in _templates.Names)
            foreach (var suffix in new[] { "subject.hbs", "txt.hbs", "sample.json" })
                Assert.True(File.Exists(Path.Combine(Folder, $"{name}.{suffix}")), $"{name}.{suffix}");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Render_Sample_GivesOneLineSubjectHtmlAndCleanText(string name)
    {
        var email = _templates.RenderSample(name);
        Assert.StartsWith("[Công Vụ] ", email.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', email.Subject);
        Assert.StartsWith("<!DOCTYPE html>", email.Html, StringComparison.Ordinal);
        foreach (var part in new[] { email.Subject, email.Html, email.Text })
        {
            Assert.DoesNotContain("{{", part, StringComparison.Ordinal);
            Assert.DoesNotContain("&#", part, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("&amp;", email.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<", email.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n\n", email.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(" \n", email.Text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TaskNames))]
    public void Render_TaskSample_CarriesTheSignedLink(string name)
    {
        var email = _templates.RenderSample(name);
        const string link = "http://127.0.0.1:5080/cong-viec/0190f0c2a4b87c3d9e1f2a3b4c5d6e7f?t=CfDJ8-sample";
        Assert.Contains($"href=\"{link}\"", email.Html, StringComparison.Ordinal);
        Assert.Contains(link, email.Text, StringComparison.Ordinal);
        Assert.Contains("có hiệu lực đến 09:00 08/01/2027", email.Text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ComplaintNames))]
    public void Render_ComplaintSample_CarriesTheCodeAndLookupLink_AndGreetsNoOne(string name)
    {
        var email = _templates.RenderSample(name);
        const string code = "PA-2027-7K3M-9QXW", lookup = "http://127.0.0.1:5080/phan-anh/tra-cuu?ma=PA-2027-7K3M-9QXW";
        Assert.EndsWith(code, email.Subject.Split(" – ")[0], StringComparison.Ordinal);
        Assert.Contains($"href=\"{lookup}\"", email.Html, StringComparison.Ordinal);
        Assert.Contains(lookup, email.Text, StringComparison.Ordinal);
        Assert.StartsWith("Kính gửi Ông/Bà,\n", email.Text, StringComparison.Ordinal);
        Assert.Contains("<p>Kính gửi Ông/Bà,</p>", email.Html, StringComparison.Ordinal);
        // The model is the case without its reporter: a sample that grew a field about a person would show here.
        var sample = File.ReadAllText(Path.Combine(Folder, $"{name}.sample.json"));
        foreach (var field in new[] { "\"reporter", "\"name\"", "\"fullName\"", "\"phone\"", "\"address\"", "\"officer" })
            Assert.DoesNotContain(field, sample, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("task-assigned", "[Công Vụ] Công việc mới: Kế hoạch năm 2027")]
    [InlineData("task-reminder", "[Công Vụ] Nhắc việc: Kế hoạch năm 2027 – hạn 15/01/2027")]
    [InlineData("task-escalation", "[Công Vụ] Quá hạn: Kế hoạch năm 2027 – hạn 15/01/2027")]
    [InlineData("task-completed", "[Công Vụ] Hồ sơ của bạn bị trả lại: Kế hoạch năm 2027")]
    [InlineData("phan-anh-tiep-nhan", "[Công Vụ] Đã tiếp nhận phản ánh PA-2027-7K3M-9QXW")]
    [InlineData("phan-anh-bo-sung", "[Công Vụ] Đề nghị bổ sung tài liệu cho phản ánh PA-2027-7K3M-9QXW – hạn 23/03/2027")]
    [InlineData("phan-anh-tra-loi", "[Công Vụ] Trả lời phản ánh PA-2027-7K3M-9QXW")]
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
    public void Render_Acknowledgement_BeforeAcceptance_GivesTheTimeLimit_AfterIt_TheDueDate()
    {
        var before = _templates.RenderSample("phan-anh-tiep-nhan");
        Assert.Contains("Văn phòng UBND đã tiếp nhận phản ánh, kiến nghị của Ông/Bà ngày 01/03/2027.", before.Text, StringComparison.Ordinal);
        Assert.Contains("Thời hạn giải quyết là 30 ngày kể từ ngày thụ lý (vụ việc phức tạp không quá 45 ngày).", before.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Hạn giải quyết:", before.Text, StringComparison.Ordinal);

        var after = RenderComplaint("phan-anh-tiep-nhan", c =>
        {
            c["unitName"] = "UBND phường An Hòa";
            c["dueDate"] = "31/03/2027";
        });
        Assert.Contains("Đơn vị giải quyết: UBND phường An Hòa", after.Text, StringComparison.Ordinal);
        Assert.Contains("Hạn giải quyết: 31/03/2027", after.Text, StringComparison.Ordinal);
        Assert.Contains("<strong>31/03/2027</strong>", after.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SupplementRequest_SaysWhatAndByWhen_AndOnlyOnce()
    {
        var email = _templates.RenderSample("phan-anh-bo-sung");
        Assert.Contains("UBND phường An Hòa đề nghị Ông/Bà bổ sung tài liệu sau:\n\nBản sao giấy hẹn trả kết quả có chữ ký của công chức tiếp nhận.\nBản chụp biên nhận nộp lệ phí (nếu có).\n",
            email.Text, StringComparison.Ordinal);
        Assert.Contains("Hạn gửi tài liệu bổ sung: 23/03/2027", email.Text, StringComparison.Ordinal);
        Assert.Contains("Hạn giải quyết phản ánh: 01/04/2027", email.Text, StringComparison.Ordinal);
        Assert.Contains("chỉ đề nghị bổ sung tài liệu một lần", email.Text, StringComparison.Ordinal);
        Assert.Contains("white-space:pre-line", email.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Answer_GivesTheNumberTheResultAndTheApology_OnlyWhenAtFault()
    {
        var email = _templates.RenderSample("phan-anh-tra-loi");
        Assert.Contains("tại văn bản số 45/TB-UBND ngày 26/03/2027 như sau:", email.Text, StringComparison.Ordinal);
        Assert.Contains("\n\nQua kiểm tra, hồ sơ đã quá hạn trả kết quả 24 ngày", email.Text, StringComparison.Ordinal);
        Assert.Contains("<p>UBND phường đã chỉ đạo hoàn thành hồ sơ", email.Html, StringComparison.Ordinal);
        Assert.Contains("UBND phường An Hòa thành thật xin lỗi", email.Text, StringComparison.Ordinal);
        Assert.Contains("Thư này không kèm tệp. Để nhận bản chính văn bản trả lời số 45/TB-UBND", email.Text, StringComparison.Ordinal);
        Assert.Contains("href=\"http://127.0.0.1:5080/phan-anh/ket-qua\"", email.Html, StringComparison.Ordinal);

        var notAtFault = RenderComplaint("phan-anh-tra-loi", c =>
        {
            c["result"] = new JsonArray("Cơ quan đã niêm yết đầy đủ thủ tục tại bộ phận một cửa.");
            c["atFault"] = false;
            c["apologyNotice"] = null;
        });
        Assert.Contains("Cơ quan đã niêm yết đầy đủ thủ tục", notAtFault.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("xin lỗi", notAtFault.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("xin lỗi", notAtFault.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ComplaintTopic_IsEncodedInHtmlOnly()
    {
        var email = RenderComplaint("phan-anh-tiep-nhan", c => c["topic"] = "Phí <chứng thực> & lệ phí");
        Assert.Contains("Tiêu đề: Phí <chứng thực> & lệ phí", email.Text, StringComparison.Ordinal);
        Assert.Contains("Phí &lt;chứng thực&gt; &amp; lệ phí", email.Html, StringComparison.Ordinal);
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

    /// <summary>A complaint template rendered with its sample, the case changed by <paramref name="change"/>.</summary>
    private RenderedEmail RenderComplaint(string name, Action<JsonObject> change)
    {
        var model = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, $"{name}.sample.json")))!.AsObject();
        change(model["complaint"]!.AsObject());
        return _templates.Render(name, ValueConverter.ToClr(model));
    }

    internal static string SourceRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CongVu.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("CongVu.sln not found above " + AppContext.BaseDirectory);
    }
}
