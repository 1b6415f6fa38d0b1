using System.Text;
using CongVu.Host.Inbox;
using CongVu.Host.People.Pages;
using Microsoft.Extensions.Options;

namespace CongVu.Host.Complaints.Pages;

/// <summary>
/// <c>/phan-anh/tra-cuu?ma=…</c>: a case by its code — status, dates, public history, the receipt and the published result,
/// nothing about who sent it — and, only while a requested supplement is awaited, the form to send it
/// (<c>POST /phan-anh/tra-cuu/bo-sung</c>). Both are rate-limited per IP address.
/// </summary>
internal static class LookupPages
{
    internal const string NoteField = "ghiChu";

    public static void MapLookup(this IEndpointRouteBuilder app)
    {
        app.MapGet(ComplaintPaths.Lookup, async (HttpContext context, ComplaintStore store, LookupView view, CancellationToken ct) =>
        {
            var typed = context.Request.Query["ma"].ToString();
            var complaint = typed.Length == 0 ? null : await store.FindByCodeAsync(typed, ct);
            var status = typed.Length > 0 && complaint is null ? StatusCodes.Status404NotFound : StatusCodes.Status200OK;
            return await view.RenderAsync(context, typed, complaint, null, status, ct);
        }).WithCookieUser().RequireRateLimiting(ComplaintRateLimits.Lookup);

        app.MapPost(ComplaintPaths.Supplement, async (HttpContext context, ComplaintStore store, ComplaintIntake intake, ComplaintUploads uploads,
            LookupView view, IOptions<ComplaintOptions> options, CancellationToken ct) =>
        {
            if (context.Request.ContentLength > options.Value.MaxRequestBytes) return PublicFormPages.TooLarge(context, options.Value);
            var (form, refusal) = await Files.PostedForm.ReadAsync(context, options.Value.MaxRequestBytes);
            if (form is null) return refusal!;
            var typed = form["ma"].ToString();
            var complaint = await store.FindByCodeAsync(typed, ct);
            if (complaint is null) return await view.RenderAsync(context, typed, null, null, StatusCodes.Status404NotFound, ct);
            if (!intake.IsAwaitingSupplement(complaint))
                return await view.RenderAsync(context, typed, complaint, "Phản ánh này không có yêu cầu bổ sung tài liệu đang chờ, hoặc đã hết hạn bổ sung; tài liệu không được lưu.", StatusCodes.Status409Conflict, ct);
            var (files, problem) = await uploads.CheckAsync(form.Files, ComplaintSubmission.FilesField, ct);
            if (problem is null && files.Count == 0) problem = "Vui lòng chọn ít nhất một tệp tài liệu bổ sung.";
            if (problem is not null) return await view.RenderAsync(context, typed, complaint, problem, StatusCodes.Status400BadRequest, ct);
            var note = form[NoteField].ToString();
            if (!await intake.AddSupplementAsync(complaint, files, note.Length > 2000 ? note[..2000] : note, ct))
                return await view.RenderAsync(context, typed, complaint, "Tài liệu bổ sung đã được gửi trước đó hoặc đã hết hạn bổ sung.", StatusCodes.Status409Conflict, ct);
            return Results.Redirect(ComplaintPaths.LookupOf(complaint.TrackingCode) + "&da-bo-sung=1");
        }).WithCookieUser().RequireRateLimiting(ComplaintRateLimits.Lookup);
    }
}

/// <summary>The HTML of the lookup page.</summary>
internal sealed class LookupView(ComplaintStore store, ComplaintIntake intake, ComplaintUnits units, ComplaintTimeLimits limits, ComplaintUploads uploads, InboxTime time, PageLayout layout)
{
    public async Task<IResult> RenderAsync(HttpContext context, string typed, Complaint? complaint, string? supplementError, int status, CancellationToken ct)
    {
        context.Response.Headers["Referrer-Policy"] = "no-referrer";
        var html = new StringBuilder(ComplaintStyles.Block).Append("<section class=\"card\">\n<h1>Tra cứu phản ánh</h1>\n")
            .Append("<form method=\"get\" action=\"").Append(ComplaintPaths.Lookup).Append("\">\n<label for=\"ma\">Mã số phản ánh</label>\n")
            .Append("<input id=\"ma\" name=\"ma\" required autocomplete=\"off\" autocapitalize=\"characters\" placeholder=\"PA-2027-XXXX-XXXX\" value=\"")
            .Append(PageLayout.Encode(typed)).Append("\">\n<button type=\"submit\">Tra cứu</button>\n</form>\n");
        if (typed.Length > 0 && complaint is null)
            html.Append("<p class=\"error\" role=\"alert\">Không tìm thấy phản ánh có mã số này. Vui lòng kiểm tra lại mã số (dạng PA-2027-XXXX-XXXX).</p>\n");
        html.Append("</section>\n");
        if (complaint is not null) await CaseAsync(html, context, complaint, supplementError, ct);
        html.Append("<p class=\"more\"><a href=\"").Append(ComplaintPaths.Form).Append("\">Gửi phản ánh mới</a><a href=\"").Append(ComplaintPaths.Results)
            .Append("\">Kết quả giải quyết đã công khai</a></p>\n");
        return layout.Render(context, "Tra cứu phản ánh", html.ToString(), status);
    }

    private async Task CaseAsync(StringBuilder html, HttpContext context, Complaint c, string? supplementError, CancellationToken ct)
    {
        var unit = await units.FindAsync(c.UnitId, ct);
        var file = await store.LoadFileAsync(c.Id, ct);
        html.Append("<section class=\"card\">\n<h2>Phản ánh ").Append(PageLayout.Encode(c.TrackingCode)).Append("</h2>\n");
        if (context.Request.Query.ContainsKey("da-bo-sung"))
            html.Append("<p class=\"flash\" role=\"status\">Đã nhận tài liệu bổ sung. Cơ quan tiếp tục giải quyết phản ánh.</p>\n");
        html.Append("<dl class=\"facts\">\n");
        Fact(html, "Tiêu đề", PageLayout.Encode(c.Subject));
        Fact(html, "Ngày tiếp nhận", time.FormatDate(c.ReceivedAt));
        Fact(html, "Trạng thái", $"<span class=\"status\">{PageLayout.Encode(ComplaintStatus.DisplayName(c.Status))}</span>");
        if (unit is not null) Fact(html, "Đơn vị giải quyết", PageLayout.Encode(unit.Name));
        if (c.DueAt is not null) Fact(html, "Hạn giải quyết", limits.LastDayText(c.DueAt));
        if (c.AnsweredAt is { } answered) Fact(html, "Ngày trả lời", time.FormatDate(answered) + (c.AnswerNumber is { } n ? $" (văn bản số {PageLayout.Encode(n)})" : ""));
        html.Append("</dl>\n</section>\n");

        if (intake.IsAwaitingSupplement(c)) Supplement(html, context, c, supplementError);
        else if (supplementError is not null) html.Append("<section class=\"card\"><p class=\"error\" role=\"alert\">").Append(PageLayout.Encode(supplementError)).Append("</p></section>\n");

        if (c.PublishedAt is { } published)
        {
            html.Append("<section class=\"card\">\n<h2>Kết quả giải quyết</h2>\n<p class=\"meta\">Công khai ngày ").Append(time.FormatDate(published)).Append("</p>\n<p class=\"result\">")
                .Append(PageLayout.Encode(c.PublishedSummary)).Append("</p>\n");
            if (c.AtFault) html.Append("<p class=\"apology\">").Append(PageLayout.Encode(ComplaintViews.ApologyText(unit?.Name))).Append("</p>\n");
            html.Append("</section>\n");
        }

        html.Append("<section class=\"card\">\n<h2>Quá trình giải quyết</h2>\n<ol class=\"history\">\n");
        foreach (var line in file.Events.Where(e => e.IsPublic))
            html.Append("<li><span class=\"muted\">").Append(time.Format(line.At)).Append("</span><p>").Append(PageLayout.Encode(line.Text)).Append("</p></li>\n");
        html.Append("</ol>\n</section>\n");

        if (c.ReceiptHtml is { Length: > 0 } receipt)
        {
            // Shown like the task pages show documents: a sandboxed frame under the page's CSP, so it can run and load nothing.
            var srcdoc = "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><style>body{font-family:'Times New Roman',serif;margin:1rem;line-height:1.4}</style></head><body>"
                + receipt + "</body></html>";
            html.Append("<section class=\"card\">\n<h2>Phiếu tiếp nhận</h2>\n<iframe class=\"doc\" sandbox=\"\" title=\"Phiếu tiếp nhận phản ánh\" srcdoc=\"")
                .Append(PageLayout.Encode(srcdoc)).Append("\"></iframe>\n</section>\n");
        }
    }

    private void Supplement(StringBuilder html, HttpContext context, Complaint c, string? error)
    {
        html.Append("<section class=\"card\" id=\"bo-sung\">\n<h2>Gửi tài liệu bổ sung</h2>\n<p>Cơ quan đề nghị Ông/Bà bổ sung:</p>\n<p class=\"result\"><strong>")
            .Append(PageLayout.Encode(c.SupplementRequest)).Append("</strong></p>\n<p>Hạn gửi: ").Append(limits.LastDayText(c.SupplementDueAt))
            .Append(". Cơ quan chỉ đề nghị bổ sung một lần.</p>\n");
        if (error is not null) html.Append("<p class=\"error\" role=\"alert\">").Append(PageLayout.Encode(error)).Append("</p>\n");
        html.Append("<form method=\"post\" action=\"").Append(ComplaintPaths.Supplement).Append("\" enctype=\"multipart/form-data\">\n").Append(layout.AntiforgeryField(context))
            .Append("\n<input type=\"hidden\" name=\"ma\" value=\"").Append(PageLayout.Encode(c.TrackingCode)).Append("\">\n<label for=\"").Append(ComplaintSubmission.FilesField)
            .Append("\">Tài liệu bổ sung <span class=\"req\">*</span></label>\n<input type=\"file\" id=\"").Append(ComplaintSubmission.FilesField).Append("\" name=\"")
            .Append(ComplaintSubmission.FilesField).Append("\" multiple required accept=\"").Append(PageLayout.Encode(uploads.Accept)).Append("\">\n<p class=\"hint\">")
            .Append(PageLayout.Encode(uploads.Hint)).Append("</p>\n<label for=\"").Append(LookupPages.NoteField).Append("\">Ghi chú</label>\n<textarea id=\"")
            .Append(LookupPages.NoteField).Append("\" name=\"").Append(LookupPages.NoteField).Append("\" maxlength=\"2000\"></textarea>\n")
            .Append("<button type=\"submit\">Gửi tài liệu bổ sung</button>\n</form>\n</section>\n");
    }

    private static void Fact(StringBuilder html, string term, string valueHtml) => html.Append("<dt>").Append(term).Append("</dt><dd>").Append(valueHtml).Append("</dd>\n");
}
