using System.Text;
using CongVu.Host.Files;
using CongVu.Host.Inbox;
using CongVu.Host.People;
using CongVu.Host.People.Pages;
using Microsoft.Extensions.Options;

namespace CongVu.Host.Complaints.Pages;

/// <summary>
/// <c>/phan-anh/nhap</c>: a staff member types in a case that came by hotline, mailbox or e-mail; their unit is the
/// receiving office that classifies it. Signed-in staff of a unit only; the form is the public one plus the channel.
/// </summary>
internal static class StaffEntryPage
{
    public static void MapStaffEntry(this IEndpointRouteBuilder app)
    {
        app.MapGet(ComplaintPaths.Entry, (HttpContext context, PageLayout layout, ComplaintUploads uploads) =>
            InboxUser.UnitId(context.User) is null
                ? NoUnit(context)
                : Render(context, layout, uploads, new Dictionary<string, string>(), new Dictionary<string, string>(), StatusCodes.Status200OK))
            .RequireAuthorization(PeoplePolicies.SignedIn);

        app.MapPost(ComplaintPaths.Entry, async (HttpContext context, PageLayout layout, ComplaintUploads uploads, ComplaintIntake intake,
            IOptions<ComplaintOptions> options, CancellationToken ct) =>
        {
            if (context.Request.ContentLength > options.Value.MaxRequestBytes) return PublicFormPages.TooLarge(context, options.Value);
            var (form, refusal) = await PostedForm.ReadAsync(context, options.Value.MaxRequestBytes);
            if (form is null) return refusal!;
            if (InboxUser.UnitId(context.User) is not { } unitId) return NoUnit(context);
            var submission = ComplaintSubmission.Read(form, "");
            var errors = submission.Check(ComplaintChannels.Staff);
            var (files, problem) = await uploads.CheckAsync(form.Files, ComplaintSubmission.FilesField, ct);
            if (problem is not null) errors[ComplaintSubmission.FilesField] = problem;
            if (errors.Count > 0) return Render(context, layout, uploads, submission.Values, errors, StatusCodes.Status400BadRequest);
            var complaint = await intake.SubmitAsync(submission, files, unitId, InboxUser.Id(context.User), ct);
            return Results.Redirect(ComplaintPaths.Case(complaint.TrackingCode) + "?moi=1");
        }).RequireAuthorization(PeoplePolicies.SignedIn);
    }

    private static IResult NoUnit(HttpContext context) =>
        NoticePage.Render(context, "Không có quyền nhập phản ánh", "Chỉ cán bộ của một đơn vị mới nhập được phản ánh nhận qua đường dây nóng, hộp thư hoặc thư điện tử.",
            StatusCodes.Status403Forbidden, (ComplaintPaths.Manage, "Về danh sách phản ánh"));

    private static IResult Render(HttpContext context, PageLayout layout, ComplaintUploads uploads, IReadOnlyDictionary<string, string> values,
        IReadOnlyDictionary<string, string> errors, int status)
    {
        var html = new StringBuilder(ComplaintStyles.Block).Append("<section class=\"card\">\n<p class=\"meta\"><a href=\"").Append(ComplaintPaths.Manage)
            .Append("\">‹ Danh sách phản ánh</a></p>\n<h1>Nhập phản ánh</h1>\n<p>Phản ánh nhận qua đường dây nóng, hộp thư góp ý hoặc thư điện tử. Đơn vị của bạn là nơi tiếp nhận và phân loại.</p>\n");
        new ComplaintFormView(ComplaintPaths.Entry, layout.AntiforgeryField(context), values, errors, uploads.Hint, uploads.Accept, staff: true).Render(html);
        html.Append("</section>\n");
        return layout.Render(context, "Nhập phản ánh", html.ToString(), status);
    }
}
