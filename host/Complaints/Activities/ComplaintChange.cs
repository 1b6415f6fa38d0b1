using System.Text.Json.Nodes;
using CongVu.Host.Complaints.Persistence;
using CongVu.Host.Tasks;
using Microsoft.EntityFrameworkCore;

namespace CongVu.Host.Complaints.Activities;

/// <summary>What <see cref="UpdateComplaint"/> writes; null members leave the case as it is.</summary>
internal sealed class ComplaintChange
{
    public string? Status { get; init; }
    public string? Category { get; init; }
    public string? UnitCode { get; init; }
    public bool? IsComplex { get; init; }
    public bool Accept { get; init; }
    public string? Officer { get; init; }
    public string? Findings { get; init; }
    public string? Resolution { get; init; }
    public bool? AtFault { get; init; }
    public JsonObject? ReceiptDocument { get; init; }
    public JsonObject? AnswerDocument { get; init; }
    public string? Note { get; init; }
    public bool NoteIsPublic { get; init; }

    public async Task<Complaint> ApplyAsync(IServiceProvider services, string complaintId, string key, string? actor, CancellationToken ct)
    {
        if (Status is not null && !ComplaintStatus.IsKnown(Status))
            throw new InvalidOperationException($"Status '{Status}' is not one of {string.Join(", ", ComplaintStatus.All)}.");
        var unit = UnitCode is null ? null : await services.GetRequiredService<ComplaintUnits>().FindByCodeAsync(UnitCode, ct)
            ?? throw new InvalidOperationException($"The unit '{UnitCode}' does not exist.");
        var officer = Officer is null ? null : await services.GetRequiredService<TaskAssignment>().FindUserAsync(Officer, ct)
            ?? throw new InvalidOperationException($"The officer '{Officer}' does not exist.");
        var store = services.GetRequiredService<ComplaintStore>();
        var limits = services.GetRequiredService<ComplaintTimeLimits>();
        var now = store.UtcNow;
        var lines = 0;
        return await store.UpdateAsync(complaintId, async (c, db) =>
        {
            Task Line(string text, bool isPublic) => ComplaintStore.AddEventOnceAsync(db, new ComplaintEvent
            {
                Id = $"{key}:{++lines}", ComplaintId = c.Id, At = now, Kind = "update", Text = text, UserId = actor, IsPublic = isPublic,
            }, ct);

            if (Category is not null) c.Category = Category;
            var complexChanged = IsComplex is { } complex && complex != c.IsComplex;
            if (IsComplex is { } isComplex) c.IsComplex = isComplex;
            var unitChanged = unit is not null && unit.Id != c.UnitId;
            if (unit is not null) c.UnitId = unit.Id;
            if (Accept && c.AcceptedAt is null)
            {
                c.AcceptedAt = now;
                c.DueAt = limits.DueAt(now, c.IsComplex);
                if (c.Status == ComplaintStatus.Received) c.Status = ComplaintStatus.InProgress;
                await Line($"Thụ lý{(c.Category is null ? "" : $" ({c.Category})")}, giao {unit?.Name ?? "đơn vị"} giải quyết. Hạn giải quyết: "
                    + $"{limits.LastDayText(c.DueAt)} ({limits.Days(c.IsComplex)} ngày kể từ ngày thụ lý{(c.IsComplex ? ", vụ việc phức tạp" : "")}).", isPublic: true);
            }
            else
            {
                if (unitChanged) await Line($"Chuyển {unit!.Name} giải quyết.", isPublic: true);
                if (complexChanged && c.AcceptedAt is { } accepted && !await db.Extensions.AnyAsync(x => x.ComplaintId == c.Id, ct))
                {
                    c.DueAt = limits.DueAt(accepted, c.IsComplex);
                    await Line($"Xác định {(c.IsComplex ? "là" : "không phải")} vụ việc phức tạp; hạn giải quyết: {limits.LastDayText(c.DueAt)}.", isPublic: true);
                }
            }
            if (officer is not null) c.OfficerUserId = officer.Id;
            if (Findings is not null) c.Findings = Findings;
            if (Resolution is not null)
            {
                c.Resolution = Resolution;
                await Line("Cán bộ giải quyết đề xuất phương án giải quyết" + (AtFault == true ? " (có lỗi của cơ quan, kèm lời xin lỗi)." : "."), isPublic: false);
            }
            if (AtFault is { } fault) c.AtFault = fault;
            if (ReceiptDocument is { } receipt)
            {
                c.ReceiptDocumentId = Str(receipt["id"]) ?? c.ReceiptDocumentId;
                c.ReceiptHtml = Str(receipt["html"]) ?? c.ReceiptHtml;
            }
            if (AnswerDocument is { } answer)
            {
                c.AnswerDocumentId = Str(answer["id"]) ?? c.AnswerDocumentId;
                c.AnswerNumber = NumberOf(answer) ?? c.AnswerNumber;
                c.AnsweredAt ??= now;
                if (Status is null) c.Status = ComplaintStatus.Answered;
                await Line($"Ban hành văn bản trả lời{(c.AnswerNumber is null ? "" : $" số {c.AnswerNumber}")}.", isPublic: true);
            }
            if (Status is not null) c.Status = Status;
            if (Note is not null) await Line(Note, NoteIsPublic);
        }, ct);
    }

    /// <summary>"12/TB-VP": the document's number as shown, whether the generator gives it whole or as number and symbol.</summary>
    private static string? NumberOf(JsonObject document)
    {
        if (Str(document["numberText"]) is { } text && char.IsAsciiDigit(text[0])) return text;
        var number = Str(document["number"]);
        var symbol = Str(document["symbol"]);
        if (number is null) return null;
        return number.Contains('/', StringComparison.Ordinal) || symbol is null ? number : $"{number}/{symbol}";
    }

    private static string? Str(JsonNode? node) => node is JsonValue v
        ? v.TryGetValue<string>(out var s) ? string.IsNullOrWhiteSpace(s) ? null : s.Trim() : v.ToJsonString()
        : null;
}
