using System.Text;
using CongVu.Host.Files;
using CongVu.Host.Inbox;
using CongVu.Host.People.Pages;

namespace CongVu.Host.People.Import;

/// <summary><c>/quan-tri/nhap-du-lieu</c>: administrators upload the units and staff CSV files; nothing is imported unless every row is right.</summary>
internal static class ImportPage
{
    public const string Path = "/quan-tri/nhap-du-lieu";
    // A province's staff file (60,000 people) is about 8 MB; the page is for administrators only.
    private const long MaxBytes = 64L * 1024 * 1024;

    public static void MapImportPage(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, (HttpContext context, PageLayout layout) => Render(context, layout, null, StatusCodes.Status200OK))
            .RequireAuthorization(PeoplePolicies.StudioAdmin);

        app.MapPost(Path, async (HttpContext context, PageLayout layout, PeopleImporter importer, CancellationToken ct) =>
        {
            var (form, refusal) = await PostedForm.ReadAsync(context, MaxBytes);
            if (form is null) return refusal!;
            var outcome = await importer.ImportAsync(Chosen(form.Files.GetFile("units")), Chosen(form.Files.GetFile("staff")), ct);
            return Render(context, layout, outcome, outcome.Succeeded ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
        }).RequireAuthorization(PeoplePolicies.StudioAdmin);
    }

    /// <summary>A file input left empty still posts a part without a file name.</summary>
    private static IFormFile? Chosen(IFormFile? file) => file is { FileName.Length: > 0 } ? file : null;

    private static IResult Render(HttpContext context, PageLayout layout, ImportOutcome? outcome, int statusCode)
    {
        var html = new StringBuilder(InboxStyles.Block).Append("<section class=\"card\">\n<h1>Nhập đơn vị và cán bộ</h1>\n");
        if (outcome is { Succeeded: true })
            html.Append("<p class=\"flash\" role=\"status\">Đã nhập ")
                .Append(outcome.UnitsCreated + outcome.UnitsUpdated).Append(" đơn vị (").Append(outcome.UnitsCreated).Append(" mới, ")
                .Append(outcome.UnitsUpdated).Append(" cập nhật) và ").Append(outcome.UsersCreated + outcome.UsersUpdated).Append(" cán bộ (")
                .Append(outcome.UsersCreated).Append(" mới, ").Append(outcome.UsersUpdated).Append(" cập nhật).</p>\n")
                .Append("<p>Tài khoản mới được đặt một mật khẩu ngẫu nhiên không hiển thị ở đâu: cán bộ mở công việc qua liên kết trong e-mail giao việc, ")
                .Append("hoặc nhờ quản trị viên đặt lại mật khẩu để đăng nhập bằng mật khẩu.</p>\n");
        if (outcome is { Succeeded: false }) Problems(html, outcome.Problems);
        html.Append("<p>Tệp CSV mã hóa UTF-8, dòng đầu là tên cột. Có thể chọn một hoặc cả hai tệp. Hệ thống kiểm tra toàn bộ trước; ")
            .Append("nếu có bất kỳ dòng nào sai thì không nhập gì. Đơn vị nhận biết theo mã, cán bộ theo tên đăng nhập: nhập lại sẽ cập nhật.</p>\n")
            .Append("<form method=\"post\" action=\"").Append(Path).Append("\" enctype=\"multipart/form-data\">\n").Append(layout.AntiforgeryField(context))
            .Append("\n<label for=\"units\">Tệp đơn vị</label>\n<input type=\"file\" id=\"units\" name=\"units\" accept=\".csv,text/csv\">\n")
            .Append("<p>Cột: <code>ma_don_vi, ten_don_vi, ma_don_vi_cha, khoi, ma_don_vi_giam_sat</code>; khoi là <code>Chính quyền</code> (hoặc <code>chinh-quyen</code>) hay <code>\"Đảng, Mặt trận, đoàn thể\"</code> (hoặc <code>dang-doan-the</code>); ma_don_vi_giam_sat là đơn vị nhận kế hoạch, báo cáo (Sở Nội vụ cho khối chính quyền, Ban Tổ chức Thành ủy cho khối Đảng, Mặt trận, đoàn thể).</p>\n")
            .Append("<label for=\"staff\">Tệp cán bộ</label>\n<input type=\"file\" id=\"staff\" name=\"staff\" accept=\".csv,text/csv\">\n")
            .Append("<p>Cột: <code>ten_dang_nhap, ho_ten, email, ma_don_vi, chuc_vu, vai_tro</code>; chuc_vu là vị trí việc làm (Chuyên viên, Kế toán, …); vai_tro gồm Staff, Reviewer, UnitHead, Supervisor, cách nhau bởi dấu chấm phẩy (UnitHead đồng thời là thủ trưởng đơn vị).</p>\n")
            .Append("<button type=\"submit\">Kiểm tra và nhập</button>\n</form>\n</section>");
        return layout.Render(context, "Nhập đơn vị và cán bộ", html.ToString(), statusCode);
    }

    private static void Problems(StringBuilder html, IReadOnlyList<ImportProblem> problems)
    {
        html.Append("<p class=\"error\" role=\"alert\">Chưa nhập dữ liệu nào: có ").Append(problems.Count).Append(" lỗi cần sửa.</p>\n")
            .Append("<div class=\"scroll\"><table>\n<thead><tr><th>Tệp</th><th>Dòng</th><th>Cột</th><th>Lỗi</th></tr></thead>\n<tbody>\n");
        foreach (var p in problems.Take(500))
            html.Append("<tr><td>").Append(PageLayout.Encode(p.File)).Append("</td><td>").Append(p.Line > 0 ? p.Line.ToString(System.Globalization.CultureInfo.InvariantCulture) : "")
                .Append("</td><td>").Append(PageLayout.Encode(p.Column)).Append("</td><td>").Append(PageLayout.Encode(p.Message)).Append("</td></tr>\n");
        html.Append("</tbody>\n</table></div>\n");
    }
}
