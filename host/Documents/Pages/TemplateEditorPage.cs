using CongVu.Engine.Scheduling.Time;
using CongVu.Host.Documents.Templates;
using CongVu.Host.Files;
using CongVu.Host.Inbox;
using CongVu.Host.People;
using CongVu.Host.People.Pages;
using Microsoft.Extensions.Options;

namespace CongVu.Host.Documents.Pages;

/// <summary>
/// <c>/quan-tri/mau-van-ban/{name}</c>: an administrator edits a template, previews it against the sample model and
/// saves it; a template that fails is refused with the line and the reason, and the version in use stays.
/// </summary>
internal static class TemplateEditorPage
{
    private const long MaxBytes = 1024 * 1024;

    public static void MapTemplateEditorPage(this IEndpointRouteBuilder app)
    {
        app.MapGet(DocumentPaths.Templates + "/{name}", async (string name, HttpContext context, PageLayout layout, DocumentTemplateStore store, IOptions<TimeOptions> time, CancellationToken ct) =>
        {
            if (store.Find(name) is not { } entry) return NotFound(context);
            return await RenderAsync(context, layout, store, entry, new TemplateEditorState(store.Text(entry), null, false, false), time, StatusCodes.Status200OK, ct);
        }).RequireAuthorization(PeoplePolicies.StudioAdmin);

        app.MapPost(DocumentPaths.Templates + "/{name}", async (string name, HttpContext context, PageLayout layout, DocumentTemplateStore store, IClock clock,
            IOptions<TimeOptions> time, CancellationToken ct) =>
        {
            var (form, refusal) = await PostedForm.ReadAsync(context, MaxBytes);
            if (form is null) return refusal!;
            if (store.Find(name) is not { } entry) return NotFound(context);
            var text = form["text"].ToString();
            if (form["action"].ToString() == "luu")
            {
                var saved = await store.SaveAsync(entry, text, context.User.Identity?.Name, clock.UtcNow.UtcDateTime, ct);
                var state = new TemplateEditorState(text.ReplaceLineEndings("\n"), saved, saved.Succeeded, false);
                return await RenderAsync(context, layout, store, entry, state, time, saved.Succeeded ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest, ct);
            }
            var check = store.Check(entry, text);
            return await RenderAsync(context, layout, store, entry, new TemplateEditorState(text.ReplaceLineEndings("\n"), check, false, true), time, StatusCodes.Status200OK, ct);
        }).RequireAuthorization(PeoplePolicies.StudioAdmin);
    }

    private static async Task<IResult> RenderAsync(HttpContext context, PageLayout layout, DocumentTemplateStore store, TemplateEntry entry, TemplateEditorState state,
        IOptions<TimeOptions> time, int statusCode, CancellationToken ct)
    {
        var history = await store.HistoryAsync(entry, ct);
        var body = TemplateEditorView.Body(context, layout, entry, state, history, time.Value.ResolveTimeZone());
        return layout.Render(context, $"Sửa mẫu {entry.Name}", body, statusCode);
    }

    private static IResult NotFound(HttpContext context) =>
        NoticePage.Render(context, "Không tìm thấy mẫu", "Không có mẫu văn bản hoặc mẫu thư với tên này.", StatusCodes.Status404NotFound, (DocumentPaths.Templates, "Danh sách mẫu"));
}
