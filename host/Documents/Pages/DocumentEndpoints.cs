using System.Text;
using CongVu.Host.Documents.Docx;
using CongVu.Host.Documents.Pdf;
using CongVu.Host.Documents.Persistence;
using CongVu.Host.Documents.Rendering;
using CongVu.Host.Inbox;
using CongVu.Host.People;
using CongVu.Host.People.Pages;
using Microsoft.EntityFrameworkCore;

namespace CongVu.Host.Documents.Pages;

/// <summary><c>GET /van-ban/{id}</c> (preview on an A4 sheet), <c>/van-ban/{id}.docx</c> and <c>/van-ban/{id}.pdf</c>, for the people allowed to see it.</summary>
internal static class DocumentEndpoints
{
    public static void MapDocumentEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/van-ban/{id}.docx", async (string id, HttpContext context, DocumentStoreReader reader, CancellationToken ct) =>
        {
            var (document, refusal) = await reader.OpenAsync(context, id, withDocx: true, ct);
            if (document is null) return refusal!;
            context.Response.Headers.ContentDisposition = DownloadName.Header(Name(document), "docx");
            return Results.Bytes(document.Docx, Nd30Docx.ContentType);
        }).RequireAuthorization(PeoplePolicies.SignedIn);

        app.MapGet("/van-ban/{id}.pdf", async (string id, HttpContext context, DocumentStoreReader reader, PdfConverter pdf, CancellationToken ct) =>
        {
            var (document, refusal) = await reader.OpenAsync(context, id, withDocx: true, ct);
            if (document is null) return refusal!;
            if (!pdf.IsAvailable)
                return Notice(context, "Chưa tạo được tệp PDF", "Máy chủ chưa cài LibreOffice nên chưa chuyển được văn bản sang PDF. Vui lòng tải tệp Word (DOCX).", document.Id);
            var bytes = await pdf.ConvertAsync(document.Docx, ct);
            if (bytes is null)
                return Notice(context, "Chưa tạo được tệp PDF", "Chưa chuyển được văn bản sang PDF lúc này. Vui lòng thử lại sau hoặc tải tệp Word (DOCX).", document.Id);
            context.Response.Headers.ContentDisposition = DownloadName.Header(Name(document), "pdf");
            return Results.Bytes(bytes, "application/pdf");
        }).RequireAuthorization(PeoplePolicies.SignedIn);

        app.MapGet("/van-ban/{id}", async (string id, HttpContext context, DocumentStoreReader reader, PageLayout layout, PdfConverter pdf, CancellationToken ct) =>
        {
            var (document, refusal) = await reader.OpenAsync(context, id, withDocx: false, ct);
            if (document is null) return refusal!;
            var html = new StringBuilder("<section class=\"card\">\n<h1>").Append(PageLayout.Encode(document.Title)).Append("</h1>\n<p>")
                .Append(document.Number is null ? "Dự thảo, chưa cấp số." : $"Số: {PageLayout.Encode(document.NumberText)}")
                .Append("</p>\n<p><a href=\"").Append(DocumentPaths.Docx(document.Id)).Append("\">Tải tệp Word (DOCX)</a>");
            if (pdf.IsAvailable) html.Append(" · <a href=\"").Append(DocumentPaths.Pdf(document.Id)).Append("\">Tải tệp PDF</a>");
            html.Append("</p>\n</section>\n").Append(Nd30Page.Sheet(document.Html));
            return layout.Render(context, document.Title, html.ToString());
        }).RequireAuthorization(PeoplePolicies.SignedIn);
    }

    private static string Name(DocumentRecord document) =>
        document.Number is null ? document.Title : $"{document.Title} {document.NumberText.Replace('/', '-')}";

    private static IResult Notice(HttpContext context, string title, string message, string id) =>
        NoticePage.Render(context, title, message, StatusCodes.Status503ServiceUnavailable, (DocumentPaths.Page(id), "Về trang văn bản"));
}

/// <summary>Reads a document for a request, or the page that refuses it (404, 403).</summary>
public sealed class DocumentStoreReader(IDbContextFactory<DocumentsDbContext> factory, DocumentAccess access)
{
    public async Task<(DocumentRecord? Document, IResult? Refusal)> OpenAsync(HttpContext context, string id, bool withDocx, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = db.Documents.AsNoTracking().Where(d => d.Id == id);
        var document = withDocx
            ? await query.FirstOrDefaultAsync(ct)
            : await query.Select(d => new DocumentRecord
            {
                Id = d.Id, UnitId = d.UnitId, Title = d.Title, Html = d.Html, Number = d.Number, NumberText = d.NumberText, Symbol = d.Symbol,
                Year = d.Year, TemplateName = d.TemplateName, CreatedAt = d.CreatedAt, IssuedAt = d.IssuedAt,
            }).FirstOrDefaultAsync(ct);
        if (document is null)
            return (null, NoticePage.Render(context, "Không tìm thấy văn bản", "Không tìm thấy văn bản. Đường dẫn có thể không đúng.", StatusCodes.Status404NotFound, (PeoplePaths.Home, "Về trang chủ")));
        if (!await access.AllowsAsync(context.User, document.UnitId, ct))
            return (null, NoticePage.Render(context, "Không có quyền truy cập", "Bạn không có quyền xem văn bản này.", StatusCodes.Status403Forbidden, (PeoplePaths.Home, "Về trang chủ")));
        return (document, null);
    }
}
