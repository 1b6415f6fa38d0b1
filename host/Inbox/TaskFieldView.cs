using System.Text;
using CongVu.Host.Files;
using CongVu.Host.People.Pages;
using CongVu.Host.Tasks;

namespace CongVu.Host.Inbox;

/// <summary>One form field as an input of its type, with its label, hints, the value sent before and its error.</summary>
internal sealed class TaskFieldView(FormField field, int index, TaskFormState state)
{
    private string Id => $"f-{index}";

    /// <summary>What the person sent (shown again after a refusal), else what the field starts with.</summary>
    private string Current() => state.Values.TryGetValue(field.Name, out var sent) ? sent : field.Value ?? "";

    public void Render(StringBuilder html)
    {
        var error = state.Error(TaskFormState.Complete, field.Name);
        var kept = state.Files.GetValueOrDefault(field.Name);
        html.Append("<label for=\"").Append(Id).Append("\">").Append(PageLayout.Encode(field.Label));
        if (field.Required) html.Append(" <span class=\"req\" title=\"Bắt buộc\">*</span>");
        html.Append("</label>\n");
        var required = field.Required && kept is null ? " required" : "";
        var attributes = $"id=\"{Id}\" name=\"{PageLayout.Encode(TaskFormView.FieldPrefix + field.Name)}\"{required}"
            + (error is null ? "" : $" aria-invalid=\"true\" aria-describedby=\"{Id}-error\"");
        var value = PageLayout.Encode(Current());
        switch (field.Type)
        {
            case FormFieldTypes.MultiLine:
                html.Append("<textarea ").Append(attributes).Append('>').Append(value).Append("</textarea>\n");
                break;
            case FormFieldTypes.Number:
                html.Append("<input type=\"number\" step=\"any\" inputmode=\"decimal\" ").Append(attributes).Append(" value=\"").Append(value).Append("\">\n");
                break;
            case FormFieldTypes.Date:
                html.Append("<input type=\"date\" ").Append(attributes).Append(" value=\"").Append(value).Append("\">\n");
                break;
            case FormFieldTypes.Select:
                Select(html, attributes);
                break;
            case FormFieldTypes.File:
                File(html, attributes, kept);
                break;
            default:
                html.Append("<input type=\"text\" ").Append(attributes).Append(" value=\"").Append(value).Append("\">\n");
                break;
        }
        TaskFormView.FieldError(html, error, $"{Id}-error");
    }

    private void Select(StringBuilder html, string attributes)
    {
        var chosen = Current();
        html.Append("<select ").Append(attributes).Append("><option value=\"\">— Chọn —</option>");
        foreach (var option in field.Options ?? [])
            html.Append("<option value=\"").Append(PageLayout.Encode(option)).Append('"').Append(option == chosen ? " selected" : "").Append('>')
                .Append(PageLayout.Encode(option)).Append("</option>");
        html.Append("</select>\n");
    }

    private void File(StringBuilder html, string attributes, StoredFile? kept)
    {
        var extensions = Extensions(field);
        var accept = extensions.Count > 0 ? $" accept=\"{PageLayout.Encode(string.Join(",", extensions))}\"" : "";
        html.Append("<input type=\"file\" ").Append(attributes).Append(accept).Append(">\n<p class=\"hint\">");
        if (extensions.Count > 0) html.Append("Định dạng: ").Append(PageLayout.Encode(string.Join(", ", extensions))).Append(". ");
        html.Append("Dung lượng tối đa: ").Append(FileRules.Size(MaxBytes(field))).Append(".</p>\n");
        if (kept is null) return;
        html.Append("<p class=\"hint\">Đã tải lên: <strong>").Append(PageLayout.Encode(kept.Name)).Append("</strong> (").Append(FileRules.Size(kept.Size))
            .Append("). Chọn tệp khác nếu muốn thay.</p>\n<input type=\"hidden\" name=\"")
            .Append(PageLayout.Encode(TaskFormView.FieldPrefix + field.Name + TaskFormView.KeptSuffix)).Append("\" value=\"").Append(kept.Id).Append("\">\n");
    }

    /// <summary>".pdf", ".docx": the field may list them with or without the dot.</summary>
    public static IReadOnlyList<string> Extensions(FormField field) =>
        (field.AllowedExtensions ?? []).Select(e => e.Trim().TrimStart('.').ToLowerInvariant()).Where(e => e.Length > 0).Select(e => "." + e).ToList();

    /// <summary>The field's own limit, never above what one post may carry.</summary>
    public static long MaxBytes(FormField field) => Math.Min(field.MaxBytes is > 0 ? field.MaxBytes.Value : FileRules.MaxRequestBytes, FileRules.MaxRequestBytes);
}
