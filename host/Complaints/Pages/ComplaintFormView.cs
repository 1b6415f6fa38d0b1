using System.Text;
using CongVu.Host.People.Pages;

namespace CongVu.Host.Complaints.Pages;

/// <summary>The complaint form, public or for staff (with the channel): typed values kept after a refusal, errors beside their fields.</summary>
internal sealed class ComplaintFormView(
    string action, string antiforgeryField, IReadOnlyDictionary<string, string> values, IReadOnlyDictionary<string, string> errors, string uploadHint, string accept, bool staff)
{
    public void Render(StringBuilder html)
    {
        if (errors.Count > 0)
            html.Append("<p class=\"error\" role=\"alert\">Phản ánh chưa được gửi, chưa có gì được lưu. Vui lòng kiểm tra các mục được đánh dấu bên dưới; ")
                .Append("tệp đính kèm (nếu có) cần chọn lại.</p>\n");
        html.Append("<form method=\"post\" action=\"").Append(action).Append("\" enctype=\"multipart/form-data\" novalidate>\n").Append(antiforgeryField).Append('\n');
        if (staff)
        {
            html.Append("<label for=\"kenh\">Kênh tiếp nhận <span class=\"req\">*</span></label>\n<select id=\"kenh\" name=\"").Append(ComplaintSubmission.ChannelField).Append("\" required>");
            foreach (var channel in ComplaintChannels.Staff)
                html.Append("<option value=\"").Append(channel).Append('"').Append(Value(ComplaintSubmission.ChannelField) == channel ? " selected" : "").Append('>')
                    .Append(PageLayout.Encode(ComplaintChannels.DisplayName(channel))).Append("</option>");
            html.Append("</select>\n");
            Error(html, ComplaintSubmission.ChannelField);
        }
        html.Append("<h2>Thông tin người phản ánh</h2>\n<p class=\"privacy\">Thông tin cá nhân chỉ cán bộ trực tiếp giải quyết và thủ trưởng đơn vị giải quyết được xem; không được công khai.</p>\n");
        Input(html, ComplaintSubmission.NameField, "Họ và tên", "text", required: true, "autocomplete=\"name\"");
        Input(html, ComplaintSubmission.PhoneField, "Số điện thoại", "tel", required: false, "autocomplete=\"tel\" inputmode=\"tel\"");
        Input(html, ComplaintSubmission.EmailField, "Thư điện tử", "email", required: false, "autocomplete=\"email\"", "Để nhận thông báo tiếp nhận và văn bản trả lời.");
        Input(html, ComplaintSubmission.AddressField, "Địa chỉ", "text", required: false, "autocomplete=\"street-address\"");
        html.Append("<label class=\"check\"><input type=\"checkbox\" name=\"").Append(ComplaintSubmission.AnonymityField).Append("\" value=\"on\"")
            .Append(Value(ComplaintSubmission.AnonymityField).Length > 0 ? " checked" : "").Append("> Đề nghị giữ bí mật thông tin cá nhân của tôi</label>\n");
        html.Append("<h2 style=\"margin-top:1.5rem\">Nội dung phản ánh</h2>\n");
        Input(html, ComplaintSubmission.SubjectField, "Tiêu đề", "text", required: true, "maxlength=\"300\"");
        html.Append("<label for=\"").Append(ComplaintSubmission.ContentField).Append("\">Nội dung <span class=\"req\">*</span></label>\n<textarea id=\"")
            .Append(ComplaintSubmission.ContentField).Append("\" name=\"").Append(ComplaintSubmission.ContentField).Append("\" required rows=\"8\"")
            .Append(Invalid(ComplaintSubmission.ContentField)).Append('>').Append(PageLayout.Encode(Value(ComplaintSubmission.ContentField))).Append("</textarea>\n");
        Error(html, ComplaintSubmission.ContentField);
        html.Append("<label for=\"").Append(ComplaintSubmission.FilesField).Append("\">Tệp đính kèm</label>\n<input type=\"file\" id=\"").Append(ComplaintSubmission.FilesField)
            .Append("\" name=\"").Append(ComplaintSubmission.FilesField).Append("\" multiple accept=\"").Append(PageLayout.Encode(accept)).Append('"')
            .Append(Invalid(ComplaintSubmission.FilesField)).Append(">\n<p class=\"hint\">").Append(PageLayout.Encode(uploadHint)).Append("</p>\n");
        Error(html, ComplaintSubmission.FilesField);
        if (!staff)
            html.Append("<div class=\"hp\" aria-hidden=\"true\"><label for=\"").Append(ComplaintSubmission.HoneypotField).Append("\">Để trống ô này</label><input type=\"text\" id=\"")
                .Append(ComplaintSubmission.HoneypotField).Append("\" name=\"").Append(ComplaintSubmission.HoneypotField).Append("\" tabindex=\"-1\" autocomplete=\"off\"></div>\n");
        html.Append("<button type=\"submit\">").Append(staff ? "Nhập phản ánh" : "Gửi phản ánh").Append("</button>\n</form>\n");
    }

    private string Value(string name) => values.TryGetValue(name, out var value) ? value : "";

    private string Invalid(string name) => errors.ContainsKey(name) ? $" aria-invalid=\"true\" aria-describedby=\"{name}-error\"" : "";

    private void Input(StringBuilder html, string name, string label, string type, bool required, string attributes, string? hint = null)
    {
        html.Append("<label for=\"").Append(name).Append("\">").Append(label).Append(required ? " <span class=\"req\">*</span>" : "").Append("</label>\n<input type=\"")
            .Append(type).Append("\" id=\"").Append(name).Append("\" name=\"").Append(name).Append("\" ").Append(attributes).Append(required ? " required" : "")
            .Append(" value=\"").Append(PageLayout.Encode(Value(name))).Append('"').Append(Invalid(name)).Append(">\n");
        if (hint is not null) html.Append("<p class=\"hint\">").Append(hint).Append("</p>\n");
        Error(html, name);
    }

    private void Error(StringBuilder html, string name)
    {
        if (errors.TryGetValue(name, out var message))
            html.Append("<p class=\"field-error\" id=\"").Append(name).Append("-error\" role=\"alert\">").Append(PageLayout.Encode(message)).Append("</p>\n");
    }
}
