using System.Text;
using CongVu.Host.Files;
using CongVu.Host.People.Pages;
using CongVu.Host.Tasks;

namespace CongVu.Host.Inbox;

/// <summary>The forms of a task page: take it, decide it (fields, comment, one button per outcome), give it back or on.</summary>
internal sealed class TaskFormView(TaskPageModel model, TaskFormState state, string antiforgeryField)
{
    /// <summary>Form field inputs are named "f.{field}", so no field can collide with "outcome", "comment" or the token.</summary>
    public const string FieldPrefix = "f.";

    /// <summary>Suffix of the hidden input holding a file uploaded by an earlier, refused post.</summary>
    public const string KeptSuffix = ".kept";

    public void Render(StringBuilder html)
    {
        if (!model.IsOpen) return;
        html.Append("<section class=\"card\" id=\"xu-ly\">\n<h2>Xử lý</h2>\n");
        if (model.CanClaim) Single(html, TaskFormState.Claim, InboxPaths.Claim(model.Task.Id), "Nhận việc", "Việc này giao cho nhóm. Bạn có thể nhận việc để xử lý.", "");
        if (model.CanAct) Complete(html);
        else if (!model.CanClaim)
            html.Append("<p class=\"muted\">Công việc đang do ").Append(PageLayout.Encode(model.NameOf(model.Task.AssigneeUserId) ?? "người khác"))
                .Append(" xử lý; bạn chỉ xem được.</p>\n");
        if (model.CanRelease) Single(html, TaskFormState.Release, InboxPaths.Release(model.Task.Id), "Trả lại nhóm", null, " class=\"secondary\"");
        if (model.CanTransfer)
        {
            Transfer(html, TaskFormState.Reassign, InboxPaths.Reassign(model.Task.Id), "Chuyển người xử lý", "Chuyển");
            if (model.Task.AssigneeUserId is not null) Transfer(html, TaskFormState.Delegate, InboxPaths.Delegate(model.Task.Id), "Ủy quyền xử lý", "Ủy quyền");
        }
        html.Append("</section>\n");
    }

    /// <summary>
    /// The message of a refused action whose form this page no longer offers (the task was closed, taken or moved meanwhile,
    /// or was never this person's to decide), so the page must say it elsewhere; null when the form shows it itself.
    /// </summary>
    public string? UnshownError()
    {
        if (state.Errors.Count == 0) return null;
        var offered = model.IsOpen && state.Form switch
        {
            TaskFormState.Complete => model.CanAct,
            TaskFormState.Claim => model.CanClaim,
            TaskFormState.Release => model.CanRelease,
            TaskFormState.Reassign => model.CanTransfer,
            TaskFormState.Delegate => model.CanTransfer && model.Task.AssigneeUserId is not null,
            _ => false,
        };
        return offered ? null : state.Errors.Values.First();
    }

    private void Complete(StringBuilder html)
    {
        var data = model.Data;
        var multipart = data.Form.Any(f => f.Type == FormFieldTypes.File) ? " enctype=\"multipart/form-data\"" : "";
        html.Append("<form method=\"post\" action=\"").Append(PageLayout.Encode(InboxPaths.Task(model.Task.Id))).Append('"').Append(multipart).Append(">\n")
            .Append(antiforgeryField).Append("\n<input type=\"hidden\" name=\"idempotencyKey\" value=\"").Append(PageLayout.Encode(state.IdempotencyKey)).Append("\">\n");
        var shown = data.Form.Select(f => f.Name).Append("comment").Append("outcome").ToHashSet(StringComparer.Ordinal);
        if (state.Form == TaskFormState.Complete)
            foreach (var (_, message) in state.Errors.Where(e => !shown.Contains(e.Key)).DistinctBy(e => e.Value))
                Alert(html, message);
        for (var i = 0; i < data.Form.Count; i++) new TaskFieldView(data.Form[i], i, state).Render(html);

        var needComment = data.Outcomes.Where(o => o.RequiresComment).Select(o => $"«{o.Name}»").ToList();
        html.Append("<label for=\"comment\">Ý kiến xử lý</label>\n<textarea id=\"comment\" name=\"comment\" aria-describedby=\"comment-hint\">")
            .Append(PageLayout.Encode(state.Comment)).Append("</textarea>\n<p class=\"hint\" id=\"comment-hint\">")
            .Append(needComment.Count > 0 ? $"Bắt buộc nhập ý kiến khi chọn: {PageLayout.Encode(string.Join(", ", needComment))}." : "Không bắt buộc.")
            .Append("</p>\n");
        FieldError(html, state.Error(TaskFormState.Complete, "comment"));
        if (data.Outcomes.Count == 0) html.Append("<p class=\"muted\">Công việc chưa có lựa chọn xử lý; vui lòng liên hệ quản trị hệ thống.</p>\n");
        html.Append("<div class=\"outcomes\">");
        foreach (var outcome in data.Outcomes)
            html.Append("<button type=\"submit\" name=\"outcome\" value=\"").Append(PageLayout.Encode(outcome.Name)).Append("\">")
                .Append(PageLayout.Encode(outcome.Name)).Append("</button>");
        html.Append("</div>\n");
        FieldError(html, state.Error(TaskFormState.Complete, "outcome"));
        html.Append("</form>\n");
    }

    /// <summary>A form that is only a button (take the task, give it back).</summary>
    private void Single(StringBuilder html, string form, string action, string button, string? text, string buttonAttributes)
    {
        if (text is not null) html.Append("<p>").Append(text).Append("</p>\n");
        if (state.Form == form && state.Errors.Count > 0) Alert(html, state.Errors.Values.First());
        html.Append("<form method=\"post\" action=\"").Append(PageLayout.Encode(action)).Append("\">").Append(antiforgeryField)
            .Append("<button type=\"submit\"").Append(buttonAttributes).Append('>').Append(button).Append("</button></form>\n");
    }

    /// <summary>Reassign or delegate: who (user name) and why, folded away until needed or refused.</summary>
    private void Transfer(StringBuilder html, string form, string action, string title, string button)
    {
        var mine = state.Form == form;
        html.Append(mine && state.Errors.Count > 0 ? "<details open>" : "<details>").Append("<summary>").Append(title).Append("</summary>\n")
            .Append("<form method=\"post\" action=\"").Append(PageLayout.Encode(action)).Append("\">").Append(antiforgeryField).Append('\n');
        if (mine && state.Error(form, "") is { } general) Alert(html, general);
        html.Append("<label for=\"").Append(form).Append("-to\">Tên đăng nhập của người nhận</label>\n<input id=\"").Append(form)
            .Append("-to\" name=\"toUserName\" required autocomplete=\"off\" autocapitalize=\"none\" value=\"").Append(PageLayout.Encode(mine ? state.Value("toUserName") : "")).Append("\">\n");
        FieldError(html, state.Error(form, "toUser"));
        html.Append("<label for=\"").Append(form).Append("-reason\">Lý do</label>\n<textarea id=\"").Append(form).Append("-reason\" name=\"reason\" required>")
            .Append(PageLayout.Encode(mine ? state.Value("reason") : "")).Append("</textarea>\n");
        FieldError(html, state.Error(form, "reason"));
        html.Append("<button type=\"submit\">").Append(button).Append("</button>\n</form>\n</details>\n");
    }

    private static void Alert(StringBuilder html, string message) =>
        html.Append("<p class=\"error\" role=\"alert\">").Append(PageLayout.Encode(message)).Append("</p>\n");

    internal static void FieldError(StringBuilder html, string? message, string? id = null)
    {
        if (message is null) return;
        html.Append("<p class=\"field-error\"").Append(id is null ? "" : $" id=\"{id}\"").Append(" role=\"alert\">").Append(PageLayout.Encode(message)).Append("</p>\n");
    }
}
