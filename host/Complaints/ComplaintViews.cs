using System.Globalization;
using System.Text.Json.Nodes;
using CongVu.Engine.Execution;
using CongVu.Host.Email;
using Microsoft.Extensions.Options;

namespace CongVu.Host.Complaints;

/// <summary>
/// A case as workflows, documents and e-mails see it: a JSON object with its dates already written dd/MM/yyyy and nothing
/// about the reporter, so it can sit in workflow variables, the journal and generated documents, which many people read.
/// </summary>
public sealed class ComplaintViews(
    ComplaintStore store, ComplaintUnits units, ComplaintTimeLimits limits, EngineEnvironment environment, IOptions<EmailOptions> email, IOptions<ComplaintOptions> options)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public string LookupUrl(string trackingCode) =>
        $"{email.Value.BaseUrl.TrimEnd('/')}{ComplaintPaths.Lookup}?ma={Uri.EscapeDataString(trackingCode)}";

    public async Task<JsonObject> BuildAsync(Complaint c, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(c);
        var file = await store.LoadFileAsync(c.Id, ct);
        var named = await units.ByIdAsync([c.UnitId, c.ReceivingUnitId], ct);
        var unit = c.UnitId is { } u && named.TryGetValue(u, out var handling) ? handling : null;
        var receiving = c.ReceivingUnitId is { } r && named.TryGetValue(r, out var office) ? office : null;
        var onTime = c.AnsweredAt is { } answered && c.DueAt is { } due ? answered <= due : (bool?)null;
        var baseUrl = email.Value.BaseUrl.TrimEnd('/');
        return new JsonObject
        {
            ["id"] = c.Id,
            ["trackingCode"] = c.TrackingCode,
            ["channel"] = ComplaintChannels.DisplayName(c.Channel),
            ["channelCode"] = c.Channel,
            ["receivedAt"] = Iso(c.ReceivedAt),
            ["receivedDate"] = Date(c.ReceivedAt),
            // "topic", not "subject": in document templates "subject" is the document's own summary line.
            ["topic"] = c.Subject,
            ["content"] = c.Content,
            ["summary"] = c.Content,
            ["category"] = c.Category,
            ["isComplex"] = c.IsComplex,
            ["complexText"] = c.IsComplex ? "Có" : "Không",
            ["status"] = c.Status,
            ["statusText"] = ComplaintStatus.DisplayName(c.Status),
            ["receivingUnitCode"] = receiving?.Code,
            ["receivingUnitName"] = receiving?.Name,
            ["unitCode"] = unit?.Code,
            ["unitName"] = unit?.Name,
            ["handlingUnit"] = unit?.Name,
            ["unitOption"] = unit is null ? null : ComplaintUnits.Option(unit.Name, unit.Code),
            ["acceptedDate"] = Date(c.AcceptedAt),
            ["timeLimitDays"] = limits.Days(c.IsComplex),
            ["complexTimeLimitDays"] = limits.Days(complex: true),
            ["legalBasis"] = c.Category == ComplaintCategories.Denunciation
                ? "theo quy định tại Điều 30 Luật Tố cáo năm 2018"
                : "theo quy định tại Điều 28 Luật Khiếu nại năm 2011",
            ["dueAt"] = c.DueAt is { } dueAt ? Iso(dueAt) : null,
            ["dueDate"] = limits.LastDayText(c.DueAt),
            ["dueDateText"] = limits.LastDayText(c.DueAt),
            ["supplementRequested"] = c.SupplementRequestedAt is not null,
            ["supplementRequest"] = c.SupplementRequest,
            ["supplementRequestedDate"] = Date(c.SupplementRequestedAt),
            ["supplementDueDate"] = limits.LastDayText(c.SupplementDueAt),
            ["supplementReceivedDate"] = Date(c.SupplementReceivedAt),
            ["extensionCount"] = file.Extensions.Count,
            ["extensions"] = new JsonArray([.. file.Extensions.Select(x => (JsonNode)new JsonObject
            {
                ["date"] = Date(x.At),
                ["previousDueDate"] = limits.LastDayText(x.PreviousDueAt),
                ["newDueDate"] = limits.LastDayText(x.NewDueAt),
                ["reason"] = x.Reason,
            })]),
            ["attachmentCount"] = file.Attachments.Count,
            ["findings"] = Paragraphs(c.Findings),
            ["resolution"] = c.Resolution,
            ["result"] = Paragraphs(c.Resolution),
            ["atFault"] = c.AtFault,
            ["apology"] = c.AtFault,
            ["apologyNotice"] = c.AtFault ? ApologyText(unit?.Name) : null,
            ["answerNumber"] = c.AnswerNumber,
            ["answeredDate"] = Date(c.AnsweredAt),
            ["onTime"] = onTime,
            ["publishedSummary"] = c.PublishedSummary,
            ["publishedDate"] = Date(c.PublishedAt),
            ["lookupUrl"] = LookupUrl(c.TrackingCode),
            ["publishedUrl"] = baseUrl + ComplaintPaths.Results,
            ["hotline"] = options.Value.Hotline,
            ["email"] = options.Value.ContactEmail,
            // Documents generated from this object name the reporter only by the case's code.
            ["recipients"] = new JsonArray([.. new[]
            {
                $"Người gửi phản ánh, kiến nghị mã số {c.TrackingCode};",
                unit is not null && receiving is not null && receiving.Id != unit.Id ? $"{receiving.Name} (để biết);" : null,
                "Lưu: VT.",
            }.OfType<string>().Select(r => (JsonNode)JsonValue.Create(r))]),
        };
    }

    private static JsonArray Paragraphs(string? text) =>
        new([.. (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(p => (JsonNode)JsonValue.Create(p))]);

    /// <summary>The public apology where the office was at fault (Chỉ thị 10/CT-TTg: apologise publicly and put it right).</summary>
    public static string ApologyText(string? unitName) =>
        $"{(string.IsNullOrEmpty(unitName) ? "Cơ quan" : unitName)} thành thật xin lỗi người dân, doanh nghiệp vì thiếu sót của cơ quan trong vụ việc này và đã có biện pháp khắc phục.";

    public string Date(DateTime? utc) => utc is { } value
        ? TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(value, DateTimeKind.Utc), environment.TimeZone).ToString("dd/MM/yyyy", Invariant)
        : "";

    /// <summary>An instant with the local offset, e.g. "2027-04-01T00:00:00+07:00": what a UserTask's due date input reads.</summary>
    public string Iso(DateTime utc)
    {
        var local = TimeZoneInfo.ConvertTime(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)), environment.TimeZone);
        return local.ToString("yyyy-MM-dd'T'HH:mm:sszzz", Invariant);
    }
}
