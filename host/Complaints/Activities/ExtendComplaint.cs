using System.Globalization;
using System.Text.Json.Nodes;
using CongVu.Engine.Activities;
using CongVu.Engine.Execution;
using CongVu.Engine.Model;
using CongVu.Host.Tasks;
using Microsoft.EntityFrameworkCore;

namespace CongVu.Host.Complaints.Activities;

/// <summary>
/// Extends a case's time limit to a new last day, recording the reason, who and when; refuses (branch "Từ chối", nothing
/// changed) beyond what the law allows (<see cref="ComplaintTimeLimits.CheckExtension"/>). Outputs the case with its new due date.
/// </summary>
[Activity("CongVu", "ExtendComplaint", ComplaintActivity.Category, DisplayName = "Gia hạn giải quyết phản ánh", Outcomes = ["Done", Refused],
    Description = "Gia hạn thời hạn giải quyết đến ngày mới, ghi lý do, người và thời điểm gia hạn; từ chối nếu vượt thời hạn tối đa theo luật (Luật Khiếu nại 2011 Điều 28; Luật Tố cáo 2018 Điều 30).")]
public sealed class ExtendComplaint : ComplaintActivity
{
    public const string Refused = "Từ chối";

    [Input(DisplayName = "Gia hạn đến ngày", Description = "Ngày cuối cùng của thời hạn mới: yyyy-MM-dd hoặc dd/MM/yyyy.", DefaultSyntax = ExpressionTypes.Handlebars, Required = true, Order = 1)]
    public Input<string>? NewDueDate { get; set; }

    [Input(DisplayName = "Lý do", UIHint = UIHints.MultiLine, DefaultSyntax = ExpressionTypes.Handlebars, Required = true, Order = 2)]
    public Input<string>? Reason { get; set; }

    [Input(DisplayName = "Người gia hạn", Description = "Tên đăng nhập hoặc mã tài khoản; để trống: người xử lý bước trước.", DefaultSyntax = ExpressionTypes.Handlebars, Order = 3)]
    public Input<string>? By { get; set; }

    [Output(DisplayName = "Hồ sơ phản ánh", Description = "Hồ sơ với hạn giải quyết mới.")]
    public Output<JsonNode>? Complaint { get; set; }

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];

    protected override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var complaint = await LoadComplaintAsync(context);
        var store = Service<ComplaintStore>(context);
        var key = KeyOf(context);
        var dateText = Text(await context.EvaluateAsync(NewDueDate));
        var reason = Text(await context.EvaluateAsync(Reason)) ?? throw new InvalidOperationException("Input 'reason' is empty: an extension needs its reason.");
        var by = Text(await context.EvaluateAsync(By)) is { } name
            ? (await Service<TaskAssignment>(context).FindUserAsync(name, context.CancellationToken))?.Id
            : ActorOf(context);
        if (!DateOnly.TryParseExact(dateText, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var lastDay))
            throw new InvalidOperationException($"Input 'newDueDate' is '{dateText}', not a date (yyyy-MM-dd or dd/MM/yyyy).");

        var limits = Service<ComplaintTimeLimits>(context);
        var now = store.UtcNow;
        string? refusal = null;
        var updated = await store.UpdateAsync(complaint.Id, async (c, db) =>
        {
            // A replay of this same step finds its own extension already there and changes nothing.
            if (await db.Extensions.AnyAsync(x => x.Id == key, context.CancellationToken)) return;
            var sofar = await db.Extensions.CountAsync(x => x.ComplaintId == c.Id, context.CancellationToken);
            var (newDue, problem) = limits.CheckExtension(c, sofar, lastDay);
            if (newDue is not { } due)
            {
                refusal = problem;
                return;
            }
            db.Extensions.Add(new ComplaintExtension { Id = key, ComplaintId = c.Id, PreviousDueAt = c.DueAt!.Value, NewDueAt = due, Reason = reason, ByUserId = by, At = now });
            c.DueAt = due;
            c.OfficerUserId = by ?? c.OfficerUserId;
            if (c.Category != ComplaintCategories.Denunciation) c.IsComplex = true;
            await ComplaintStore.AddEventOnceAsync(db, new ComplaintEvent
            {
                Id = $"{key}:extended", ComplaintId = c.Id, At = now, Kind = "extended", UserId = by, IsPublic = true,
                Text = $"Gia hạn thời hạn giải quyết đến ngày {limits.LastDayText(due)}.",
            }, context.CancellationToken);
        }, context.CancellationToken);
        context.SetOutput(Complaint, await ViewAsync(context, updated));
        HandBackBySystem(context);
        if (refusal is not null)
        {
            context.Journal("ExtensionRefused", refusal);
            context.Complete(Refused);
            return;
        }
        context.Complete();
    }
}
