using System.Globalization;
using System.Text.Json.Nodes;
using CongVu.Host.Complaints.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CongVu.Host.Complaints;

/// <summary>
/// Counts for the yearly report on complaint handling (template bao-cao-phan-anh-nam), per handling unit, over the cases
/// received in a calendar year (local time): received; resolved (answered), of which on time (answered by the due date);
/// late (answered after it, or still open past it); open. On-time rate = on time / (on time + late): the share of the
/// cases whose time limit has been decided that were answered within it. Numbers only — nothing about any reporter.
/// </summary>
public sealed class ComplaintStatisticsQuery(
    IDbContextFactory<ComplaintsDbContext> factory, ComplaintUnits units, ComplaintTimeLimits limits, ComplaintStore store, IOptions<ComplaintOptions> options)
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public async Task<JsonObject> RunAsync(int year, string? unitCode, CancellationToken ct)
    {
        var from = limits.StartOf(new DateOnly(year, 1, 1));
        var to = limits.StartOf(new DateOnly(year + 1, 1, 1));
        var now = store.UtcNow;
        var filter = unitCode is null ? null : await units.FindByCodeAsync(unitCode, ct) ?? throw new InvalidOperationException($"The unit '{unitCode}' does not exist.");
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = db.Complaints.AsNoTracking().Where(c => c.ReceivedAt >= from && c.ReceivedAt < to);
        if (filter is not null) query = query.Where(c => c.UnitId == filter.Id);
        var rows = (await query.Select(c => new { c.Id, c.UnitId, c.Channel, c.AnsweredAt, c.DueAt, c.SupplementRequestedAt, c.AtFault, c.PublishedAt }).ToListAsync(ct))
            .Select(c => new Row(c.UnitId, c.Channel, c.AnsweredAt, c.DueAt, c.SupplementRequestedAt is not null, c.AtFault, c.PublishedAt is not null)).ToList();
        var ids = await query.Select(c => c.Id).ToListAsync(ct);
        var extended = (await db.Extensions.AsNoTracking().Where(x => ids.Contains(x.ComplaintId)).Select(x => x.ComplaintId).Distinct().ToListAsync(ct)).Count;
        var named = await units.ByIdAsync(rows.Select(r => r.UnitId), ct);
        var report = await units.FindByCodeAsync(options.Value.ReportUnit, ct);

        var lines = rows.GroupBy(r => r.UnitId ?? "")
            .Select(g => Counts.Of(g, now, g.Key.Length > 0 && named.TryGetValue(g.Key, out var u) ? (u.Code, u.Name) : ("", "Chưa phân loại")))
            .OrderBy(c => c.Code.Length == 0).ThenBy(c => c.Name, StringComparer.Create(Vietnamese, false)).ToList();
        var totals = Counts.Of(rows, now, ("", "Tổng cộng"));
        var totalsJson = totals.ToJson(stt: null);
        totalsJson["extended"] = extended;
        totalsJson["supplementRequests"] = rows.Count(r => r.SupplementRequested);
        totalsJson["apologies"] = rows.Count(r => r.AtFault && r.AnsweredAt is not null);
        totalsJson["published"] = rows.Count(r => r.Published);
        var channels = rows.GroupBy(r => r.Channel).OrderBy(g => ComplaintChannels.All.ToList().IndexOf(g.Key)).ToList();
        return new JsonObject
        {
            ["year"] = year,
            ["fromDate"] = $"01/01/{year}",
            ["toDate"] = $"31/12/{year}",
            ["asOfDate"] = limits.LocalDate(now).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            ["reportUnitCode"] = report?.Code ?? options.Value.ReportUnit,
            ["reportUnitName"] = report?.Name,
            ["units"] = new JsonArray([.. lines.Select((l, i) => (JsonNode)l.ToJson(i + 1))]),
            ["totals"] = totalsJson,
            ["byChannel"] = new JsonArray([.. channels.Select((g, i) => (JsonNode)new JsonObject
            {
                ["stt"] = i + 1, ["channel"] = ComplaintChannels.DisplayName(g.Key), ["count"] = g.Count(),
            })]),
            ["results"] = new JsonArray([.. DefaultResults(totals, totalsJson).Select(p => (JsonNode)JsonValue.Create(p))]),
        };
    }

    /// <summary>III.1 of the report as the numbers tell it; the approver may replace it.</summary>
    private static IEnumerable<string> DefaultResults(Counts t, JsonObject totals)
    {
        if (t.Received == 0)
        {
            yield return "Trong kỳ báo cáo không tiếp nhận phản ánh, kiến nghị nào.";
            yield break;
        }
        yield return $"Tiếp nhận {t.Received} phản ánh, kiến nghị; đã giải quyết, trả lời {t.Resolved} trường hợp, trong đó {t.OnTime} trường hợp đúng hạn; "
            + $"tỷ lệ giải quyết đúng hạn {t.RateText}.";
        yield return $"Việc yêu cầu người dân bổ sung tài liệu được thực hiện không quá một lần đối với mỗi vụ việc ({totals["supplementRequests"]} trường hợp có yêu cầu bổ sung).";
        if (totals["apologies"]?.GetValue<int>() is > 0 and var apologies)
            yield return $"Cơ quan đã xin lỗi công khai người dân, doanh nghiệp trong {apologies} trường hợp có lỗi của cơ quan; kết quả giải quyết được công khai theo quy định.";
    }

    private sealed record Row(string? UnitId, string Channel, DateTime? AnsweredAt, DateTime? DueAt, bool SupplementRequested, bool AtFault, bool Published);

    private sealed record Counts(string Code, string Name, int Received, int OnTime, int ResolvedLate, int Overdue, int Undated)
    {
        public static Counts Of(IEnumerable<Row> rows, DateTime now, (string Code, string Name) unit)
        {
            var list = rows.ToList();
            return new Counts(unit.Code, unit.Name, list.Count,
                list.Count(r => r.AnsweredAt is { } a && r.DueAt is { } d && a <= d),
                list.Count(r => r.AnsweredAt is { } a && r.DueAt is { } d && a > d),
                list.Count(r => r.AnsweredAt is null && r.DueAt is { } d && d < now),
                list.Count(r => r.AnsweredAt is not null && r.DueAt is null));
        }

        public int Resolved => OnTime + ResolvedLate + Undated;
        public int Late => ResolvedLate + Overdue;
        public int Open => Received - Resolved;
        public double? Rate => OnTime + Late == 0 ? null : Math.Round(100.0 * OnTime / (OnTime + Late), 1);
        public string RateText => Rate is { } rate ? rate.ToString("0.#", Vietnamese) + "%" : "—";

        public JsonObject ToJson(int? stt) => new()
        {
            ["stt"] = stt,
            ["code"] = Code,
            ["name"] = Name,
            ["received"] = Received,
            ["resolved"] = Resolved,
            ["onTime"] = OnTime,
            ["late"] = Late,
            ["resolvedLate"] = ResolvedLate,
            ["overdue"] = Overdue,
            ["open"] = Open,
            ["onTimeRate"] = Rate,
            ["onTimeRateText"] = RateText,
        };
    }
}
