using System.Text;
using CongVu.Host.Files;
using CongVu.Host.Inbox;
using CongVu.Host.People.Pages;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace CongVu.Host.Complaints.Pages;

/// <summary>
/// <c>/phan-anh</c>: the public form (no sign-in; antiforgery, a honeypot field and a per-IP rate limit keep robots out),
/// and <c>/phan-anh/da-gui</c>, the confirmation with the tracking code, reached by redirect so a reload sends nothing twice.
/// </summary>
internal static class PublicFormPages
{
    private const string SentCookie = "CongVu.PhanAnh";

    public static void MapPublicForm(this IEndpointRouteBuilder app)
    {
        app.MapGet(ComplaintPaths.Form, (HttpContext context, PageLayout layout, ComplaintUploads uploads) =>
            Render(context, layout, uploads, new Dictionary<string, string>(), new Dictionary<string, string>(), StatusCodes.Status200OK)).WithCookieUser();

        app.MapPost(ComplaintPaths.Form, async (HttpContext context, PageLayout layout, ComplaintUploads uploads, ComplaintIntake intake, ComplaintUnits units,
            IOptions<ComplaintOptions> options, IDataProtectionProvider protection, CancellationToken ct) =>
        {
            if (context.Request.ContentLength > options.Value.MaxRequestBytes) return TooLarge(context, options.Value);
            var (form, refusal) = await PostedForm.ReadAsync(context, options.Value.MaxRequestBytes);
            if (form is null) return refusal!;
            // People never see the honeypot field; only a robot fills it in.
            if (form[ComplaintSubmission.HoneypotField].ToString().Length > 0)
                return NoticePage.Render(context, "Không gửi được phản ánh", "Biểu mẫu không hợp lệ. Vui lòng tải lại trang và gửi lại.",
                    StatusCodes.Status400BadRequest, (ComplaintPaths.Form, "Mở lại biểu mẫu"));
            var submission = ComplaintSubmission.Read(form, ComplaintChannels.Web);
            var errors = submission.Check([ComplaintChannels.Web]);
            var (files, problem) = await uploads.CheckAsync(form.Files, ComplaintSubmission.FilesField, ct);
            if (problem is not null) errors[ComplaintSubmission.FilesField] = problem;
            if (errors.Count > 0) return Render(context, layout, uploads, submission.Values, errors, StatusCodes.Status400BadRequest);

            var office = await units.FindByCodeAsync(options.Value.ReceivingUnit, ct);
            var complaint = await intake.SubmitAsync(submission, files, office?.Id, enteredBy: null, ct);
            context.Response.Cookies.Append(SentCookie, Protector(protection).Protect(complaint.TrackingCode), new CookieOptions
            {
                HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps, Path = ComplaintPaths.Sent, MaxAge = TimeSpan.FromMinutes(10),
            });
            return Results.Redirect(ComplaintPaths.Sent);
        }).WithCookieUser().RequireRateLimiting(ComplaintRateLimits.Submit);

        app.MapGet(ComplaintPaths.Sent, (HttpContext context, PageLayout layout, IDataProtectionProvider protection) =>
        {
            string? code = null;
            if (context.Request.Cookies.TryGetValue(SentCookie, out var protectedCode))
            {
                try { code = Protector(protection).Unprotect(protectedCode); }
                catch (System.Security.Cryptography.CryptographicException) { /* an old or forged cookie: show the lookup instead */ }
            }
            if (code is null) return Results.Redirect(ComplaintPaths.Lookup);
            context.Response.Headers["Referrer-Policy"] = "no-referrer";
            var body = $"""
                {ComplaintStyles.Block}
                <section class="card">
                <h1>Đã gửi phản ánh</h1>
                <p role="status">Cơ quan đã tiếp nhận phản ánh của Ông/Bà. Mã số phản ánh:</p>
                <p><span class="code">{PageLayout.Encode(code)}</span></p>
                <p>Vui lòng ghi lại mã số này để tra cứu tình hình giải quyết và gửi tài liệu bổ sung khi được đề nghị. Nếu Ông/Bà đã cho địa chỉ thư điện tử, cơ quan gửi thư xác nhận kèm mã số.</p>
                <p class="privacy">Thông tin cá nhân của Ông/Bà chỉ cán bộ trực tiếp giải quyết và thủ trưởng đơn vị giải quyết được xem.</p>
                <div class="more"><a href="{PageLayout.Encode(ComplaintPaths.LookupOf(code))}">Tra cứu phản ánh này</a><a href="{ComplaintPaths.Form}">Gửi phản ánh khác</a></div>
                </section>
                """;
            return layout.Render(context, "Đã gửi phản ánh", body);
        }).WithCookieUser();
    }

    private static IDataProtector Protector(IDataProtectionProvider protection) => protection.CreateProtector("CongVu.Complaints.Sent");

    private static IResult Render(HttpContext context, PageLayout layout, ComplaintUploads uploads, IReadOnlyDictionary<string, string> values,
        IReadOnlyDictionary<string, string> errors, int status)
    {
        var html = new StringBuilder(ComplaintStyles.Block).Append("<section class=\"card\">\n<h1>Gửi phản ánh, kiến nghị</h1>\n")
            .Append("<p>Người dân, doanh nghiệp phản ánh, kiến nghị về hành vi nhũng nhiễu, gây phiền hà của cán bộ, công chức, viên chức và về việc giải quyết thủ tục hành chính. ")
            .Append("Cơ quan tiếp nhận, giải quyết trong thời hạn luật định (30 ngày kể từ ngày thụ lý, vụ việc phức tạp 45 ngày) và công khai kết quả.</p>\n");
        new ComplaintFormView(ComplaintPaths.Form, layout.AntiforgeryField(context), values, errors, uploads.Hint, uploads.Accept, staff: false).Render(html);
        html.Append("<div class=\"more\"><a href=\"").Append(ComplaintPaths.Lookup).Append("\">Tra cứu phản ánh đã gửi</a><a href=\"")
            .Append(ComplaintPaths.Results).Append("\">Kết quả giải quyết đã công khai</a></div>\n</section>\n");
        return layout.Render(context, "Gửi phản ánh, kiến nghị", html.ToString(), status);
    }

    internal static IResult TooLarge(HttpContext context, ComplaintOptions options) =>
        NoticePage.Render(context, "Tệp quá lớn",
            $"Dữ liệu gửi lên quá lớn. Mỗi tệp không quá {FileRules.Size(options.MaxFileBytes)}, tối đa {options.MaxFiles} tệp. Chưa có gì được lưu; vui lòng chọn tệp nhỏ hơn rồi gửi lại.",
            StatusCodes.Status413PayloadTooLarge, (ComplaintPaths.Form, "Quay lại biểu mẫu"));
}
