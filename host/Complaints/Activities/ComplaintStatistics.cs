using System.Text.Json.Nodes;
using CongVu.Engine.Activities;
using CongVu.Engine.Execution;
using CongVu.Engine.Expressions;
using CongVu.Engine.Model;

namespace CongVu.Host.Complaints.Activities;

/// <summary>Counts a year's cases per handling unit for the yearly report (<see cref="ComplaintStatisticsQuery"/>).</summary>
[Activity("CongVu", "ComplaintStatistics", ComplaintActivity.Category, DisplayName = "Thống kê phản ánh trong năm",
    Description = "Đếm số phản ánh tiếp nhận, đã giải quyết, đúng hạn, quá hạn và tỷ lệ đúng hạn theo từng đơn vị trong một năm; kết quả dùng làm dữ liệu cho mẫu bao-cao-phan-anh-nam (hạn 10/11).")]
public sealed class ComplaintStatistics : Activity
{
    [Input(DisplayName = "Năm", Description = "Để trống: đầu vào year của quy trình, nếu không có thì năm hiện tại.", DefaultSyntax = ExpressionTypes.Handlebars, Order = 0)]
    public Input<string>? Year { get; set; }

    [Input(DisplayName = "Đơn vị", Description = "Mã đơn vị giải quyết; để trống: tất cả các đơn vị.", OptionsSource = "units", DefaultSyntax = ExpressionTypes.Handlebars, Order = 1)]
    public Input<string>? UnitCode { get; set; }

    [Input(DisplayName = "Đánh giá kết quả", Description = "Mục III.1 của báo cáo, mỗi dòng một đoạn; để trống: câu tóm tắt theo số liệu.", UIHint = UIHints.MultiLine, DefaultSyntax = ExpressionTypes.Handlebars, Order = 2)]
    public Input<string>? Results { get; set; }

    [Input(DisplayName = "Hạn chế, tồn tại", Description = "Mục III.2, mỗi dòng một đoạn.", UIHint = UIHints.MultiLine, DefaultSyntax = ExpressionTypes.Handlebars, Order = 3)]
    public Input<string>? Shortcomings { get; set; }

    [Input(DisplayName = "Kiến nghị, đề xuất", Description = "Mục IV, mỗi dòng một đoạn.", UIHint = UIHints.MultiLine, DefaultSyntax = ExpressionTypes.Handlebars, Order = 4)]
    public Input<string>? Proposals { get; set; }

    [Input(DisplayName = "Nơi nhận", Description = "Mỗi dòng một nơi nhận; để trống: Ủy ban nhân dân thành phố (để báo cáo); Lưu: VT.", UIHint = UIHints.MultiLine, DefaultSyntax = ExpressionTypes.Handlebars, Order = 5)]
    public Input<string>? Recipients { get; set; }

    [Output(DisplayName = "Số liệu", Description = "{ year, fromDate, toDate, asOfDate, reportUnitCode, reportUnitName, units: [{ stt, code, name, received, resolved, onTime, late, open, onTimeRate, onTimeRateText }], totals (cùng các số và extended, supplementRequests, apologies, published), byChannel, results, shortcomings, proposals, recipients }.")]
    public Output<JsonNode>? Statistics { get; set; }

    /// <summary>One paragraph per non-empty line of a form's text (HTML entities from Handlebars undone); null when empty.</summary>
    private static JsonArray? Lines(string? text)
    {
        var lines = System.Net.WebUtility.HtmlDecode(text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return lines.Length == 0 ? null : new JsonArray([.. lines.Select(l => (JsonNode)JsonValue.Create(l))]);
    }

    protected override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.Environment.Services;
        var text = (await context.EvaluateAsync(Year))?.Trim();
        if (string.IsNullOrEmpty(text)) text = ValueConverter.ToClr(context.Workflow.State.Input.GetValueOrDefault("year"))?.ToString();
        var year = int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var given) && given is >= 2000 and <= 9999
            ? given
            : services.GetRequiredService<ComplaintTimeLimits>().LocalDate(context.Now.UtcDateTime).Year;
        var unit = (await context.EvaluateAsync(UnitCode))?.Trim();
        var result = await services.GetRequiredService<ComplaintStatisticsQuery>().RunAsync(year, string.IsNullOrEmpty(unit) ? null : unit, context.CancellationToken);
        if (Lines(await context.EvaluateAsync(Results)) is { } results) result["results"] = results;
        if (Lines(await context.EvaluateAsync(Shortcomings)) is { } shortcomings) result["shortcomings"] = shortcomings;
        if (Lines(await context.EvaluateAsync(Proposals)) is { } proposals) result["proposals"] = proposals;
        result["recipients"] = Lines(await context.EvaluateAsync(Recipients)) ?? new JsonArray("Ủy ban nhân dân thành phố (để báo cáo);", "Lưu: VT.");
        context.SetOutput(Statistics, result);
        // The report is compiled by the system, not drafted by whoever asked for a recount: that person may still approve it.
        context.Workflow.State.Properties.Remove(Tasks.UserTask.LastActorProperty);
        context.Complete();
    }
}
