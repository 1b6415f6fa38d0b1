using System.Globalization;
using CongVu.Engine.Outbox;
using CongVu.Engine.Persistence;
using CongVu.Engine.Scheduling.Time;
using CongVu.Host.People;
using CongVu.Host.People.Pages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CongVu.Host.Email.Pages;

/// <summary>One outbox e-mail for administrators: its fields, the HTML in a sandboxed frame, the text part, and the .eml file in folder mode.</summary>
internal static class SentMailMessagePage
{
    public static void MapSentMailMessagePage(this IEndpointRouteBuilder app)
    {
        app.MapGet(SentMailView.ListPath + "/{id}", ShowAsync).RequireAuthorization(PeoplePolicies.StudioAdmin);
        app.MapGet(SentMailView.ListPath + "/{id}/eml", EmlAsync).RequireAuthorization(PeoplePolicies.StudioAdmin);
    }

    /// <summary>The .eml file in folder mode; never for a confidential message, whose file holds the private address.</summary>
    private static async Task<IResult> EmlAsync(string id, MailDelivery delivery, IDbContextFactory<EngineDbContext> engine, CancellationToken ct)
    {
        if (delivery.EmlFile(id) is not { } file) return Results.NotFound();
        await using var db = await engine.CreateDbContextAsync(ct);
        var payload = await db.Outbox.AsNoTracking().Where(m => m.Id == id).Select(m => m.Payload).FirstOrDefaultAsync(ct);
        return payload is not null && EmailPayload.TryFromJson(payload) is { Confidential: true }
            ? Results.Text("Thư này gửi cho người phản ánh, kiến nghị: địa chỉ được bảo mật, không tải tệp .eml.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status403Forbidden)
            : Results.File(file, "message/rfc822", $"{id}.eml");
    }

    private static async Task<IResult> ShowAsync(string id, HttpContext context, PageLayout layout, IDbContextFactory<EngineDbContext> engine,
        MailDelivery delivery, IOptions<TimeOptions> time, CancellationToken ct)
    {
        // IOutboxStore lists pages only; a read by key goes to the engine's tables directly.
        OutboxMessageRecord? message;
        await using (var db = await engine.CreateDbContextAsync(ct))
            message = await db.Outbox.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct);
        if (message is null)
        {
            return layout.Render(context, "Không tìm thấy thư", $"""
                <section class="card"><h1>Không tìm thấy thư</h1><p><a href="{SentMailView.ListPath}">Quay lại danh sách thư</a></p></section>
                """, StatusCodes.Status404NotFound);
        }

        var zone = time.Value.ResolveTimeZone();
        var payload = message.Channel == EmailPayload.Channel ? EmailPayload.TryFromJson(message.Payload) : null;
        var eml = delivery.EmlFile(message.Id) is null || payload is { Confidential: true } ? "" : $"""<p><a href="{PageLayout.Encode(SentMailView.EmlPath(message.Id))}">Tải tệp .eml</a></p>""";
        var next = message.Status == OutboxStatus.Pending ? SentMailView.Time(message.NextAttemptAt, zone) : "";
        // The message HTML runs in a sandbox (no scripts, no same origin) and under this page's CSP, so it can fetch nothing.
        var body = payload is null
            ? $"<pre>{PageLayout.Encode(message.Payload)}</pre>"
            : $"""
              <h2>Nội dung HTML</h2>
              <iframe sandbox title="Nội dung thư" srcdoc="{PageLayout.Encode(payload.Html)}"></iframe>
              <h2>Nội dung văn bản</h2>
              <pre>{PageLayout.Encode(payload.Text)}</pre>
              """;
        return layout.Render(context, payload?.Subject ?? "Thư", $"""
            {SentMailView.Css}
            <section class="card">
            <p><a href="{SentMailView.ListPath}">« Thư đã gửi</a></p>
            <h1>{PageLayout.Encode(payload?.Subject ?? $"({message.Channel})")}</h1>
            <dl>
            <dt>Trạng thái</dt><dd>{SentMailView.StatusBadge(message.Status)}</dd>
            <dt>Người nhận</dt><dd>{PageLayout.Encode(SentMailView.Recipients(payload))}</dd>
            <dt>Tạo lúc</dt><dd>{SentMailView.Time(message.CreatedAt, zone)}</dd>
            <dt>Gửi lúc</dt><dd>{SentMailView.Time(message.SentAt, zone)}</dd>
            <dt>Số lần thử</dt><dd>{message.Attempts.ToString(CultureInfo.InvariantCulture)}</dd>
            <dt>Lần thử tiếp theo</dt><dd>{next}</dd>
            <dt>Lỗi gần nhất</dt><dd class="error-text">{PageLayout.Encode(message.LastError)}</dd>
            <dt>Khóa chống trùng</dt><dd class="muted">{PageLayout.Encode(message.DedupeKey)}</dd>
            </dl>
            {eml}
            {body}
            </section>
            """);
    }
}
