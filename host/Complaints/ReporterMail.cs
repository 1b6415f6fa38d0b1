using CongVu.Host.People.Pages;
using System.Text;
using System.Text.Json.Nodes;
using CongVu.Engine.Expressions;
using CongVu.Engine.Outbox;
using CongVu.Host.Email;

namespace CongVu.Host.Complaints;

/// <summary>
/// The e-mails a citizen gets about their case: acknowledgement, supplement request, answer. The address is read from the
/// reporter table at the last moment and goes only into the outbox message; it never enters workflow state or the journal.
/// The text never names the reporter, so a message seen on the sent-mail page tells no more than its address.
/// </summary>
public sealed class ReporterMail(ComplaintStore store, ComplaintViews views, EmailTemplates templates)
{
    public const string Received = "tiep-nhan", Supplement = "bo-sung", Answer = "tra-loi";

    public static IReadOnlyList<string> Kinds { get; } = [Received, Supplement, Answer];

    /// <summary>The message to queue, or null when the reporter gave no e-mail address.</summary>
    /// <param name="template">An e-mail template (templates/email) rendered with <c>{complaint, lookupUrl}</c>; null for the built-in text.</param>
    public async Task<OutboxMessageRecord?> ComposeAsync(Complaint complaint, string kind, string? template, string dedupeKey, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        var reporter = await store.FindReporterAsync(complaint.Id, ct);
        if (reporter?.Email is not { Length: > 0 } address) return null;
        var view = await views.BuildAsync(complaint, ct);
        RenderedEmail email;
        if (template is { Length: > 0 } && templates.Exists(template))
            email = templates.Render(template, ValueConverter.ToClr(new JsonObject { ["complaint"] = view, ["lookupUrl"] = view["lookupUrl"]?.DeepClone() }));
        else
            email = BuiltIn(kind, view);
        return new EmailPayload([new EmailRecipient(address)], email.Subject, email.Html, email.Text).ToOutboxMessage(dedupeKey, store.UtcNow);
    }

    private static RenderedEmail BuiltIn(string kind, JsonObject c)
    {
        string S(string name) => c[name]?.GetValue<string>() ?? "";
        var code = S("trackingCode");
        var paragraphs = new List<string> { "Kính gửi Ông/Bà," };
        string subject;
        switch (kind)
        {
            case Supplement:
                subject = $"[Công Vụ] Đề nghị bổ sung tài liệu cho phản ánh {code}";
                paragraphs.Add($"Để giải quyết phản ánh mã số {code} (“{S("topic")}”), cơ quan đề nghị Ông/Bà bổ sung: {S("supplementRequest")}");
                paragraphs.Add($"Hạn gửi tài liệu bổ sung: {S("supplementDueDate")}. Ông/Bà gửi tài liệu trên trang tra cứu: {S("lookupUrl")}");
                paragraphs.Add("Theo quy định, cơ quan chỉ đề nghị bổ sung tài liệu một lần.");
                break;
            case Answer:
                subject = $"[Công Vụ] Trả lời phản ánh {code}";
                paragraphs.Add($"{(S("unitName") is { Length: > 0 } unit ? unit : "Cơ quan")} trả lời phản ánh mã số {code} (“{S("topic")}”)"
                    + (S("answerNumber") is { Length: > 0 } number ? $" tại văn bản số {number} ngày {S("answeredDate")}" : "") + ":");
                paragraphs.Add(S("resolution"));
                if (S("apologyNotice") is { Length: > 0 } apology) paragraphs.Add(apology);
                paragraphs.Add($"Kết quả giải quyết được công khai; Ông/Bà có thể xem lại tại: {S("lookupUrl")}");
                break;
            default:
                subject = $"[Công Vụ] Đã tiếp nhận phản ánh {code}";
                paragraphs.Add($"Cơ quan đã tiếp nhận phản ánh của Ông/Bà ngày {S("receivedDate")}, mã số {code}, nội dung: “{S("topic")}”.");
                paragraphs.Add($"Ông/Bà tra cứu tình hình giải quyết bằng mã số trên tại: {S("lookupUrl")}");
                paragraphs.Add("Thông tin cá nhân của Ông/Bà chỉ cán bộ trực tiếp giải quyết và thủ trưởng đơn vị giải quyết được biết.");
                break;
        }
        paragraphs.Add("Trân trọng.");
        var html = new StringBuilder();
        foreach (var p in paragraphs) html.Append("<p style=\"white-space:pre-line\">").Append(PageLayout.Encode(p)).Append("</p>\n");
        return new RenderedEmail(subject, html.ToString(), string.Join("\n\n", paragraphs) + "\n");
    }
}
