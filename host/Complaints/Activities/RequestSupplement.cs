using System.Text.Json.Nodes;
using CongVu.Engine.Activities;
using CongVu.Engine.Execution;
using CongVu.Engine.Model;
using Microsoft.Extensions.Options;

namespace CongVu.Host.Complaints.Activities;

/// <summary>
/// Asks the citizen, once, for supplementary documents: records the request, e-mails them, and waits until they upload on
/// the lookup page or the time allowed runs out. A second request for the same case is refused (Chỉ thị 10/CT-TTg: never
/// ask a citizen to supplement more than once): nothing changes and the "Từ chối" branch is taken.
/// </summary>
[Activity("CongVu", "RequestSupplement", ComplaintActivity.Category, DisplayName = "Yêu cầu bổ sung tài liệu", Kind = ActivityKind.Task,
    Outcomes = [Received, Expired, Refused],
    Description = "Đề nghị người phản ánh bổ sung tài liệu (chỉ một lần), gửi thư thông báo và chờ người phản ánh gửi tài liệu trên trang tra cứu hoặc đến hết hạn. Yêu cầu lần thứ hai bị từ chối.")]
public sealed class RequestSupplement : ComplaintActivity
{
    public const string TypeName = "CongVu.RequestSupplement";
    public const string Received = "Đã bổ sung", Expired = "Hết hạn", Refused = "Từ chối";

    [Input(DisplayName = "Tài liệu cần bổ sung", Description = "Nội dung gửi người phản ánh.", UIHint = UIHints.MultiLine, DefaultSyntax = ExpressionTypes.Handlebars, Required = true, Order = 1)]
    public Input<string>? Request { get; set; }

    [Input(DisplayName = "Số ngày để bổ sung", Description = "Ngày theo lịch; 0: theo cấu hình (Complaints:SupplementDays, mặc định 15).", DefaultValue = 0, Order = 2)]
    public Input<int>? Days { get; set; }

    /// <summary>What the lookup page delivers when the citizen has uploaded: <c>TriggerAsync(StimulusFor(id), …)</c>.</summary>
    public static Stimulus StimulusFor(string complaintId) => new(TypeName, new JsonObject { ["complaintId"] = complaintId });

    protected override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var complaint = await LoadComplaintAsync(context);
        var store = Service<ComplaintStore>(context);
        var key = KeyOf(context);
        var now = store.UtcNow;
        if (await store.SupplementAlreadyRequestedAsync(complaint, key, context.CancellationToken))
        {
            await store.AddEventAsync(new ComplaintEvent
            {
                Id = $"{key}:refused", ComplaintId = complaint.Id, At = now, Kind = "supplement-refused", UserId = ActorOf(context),
                Text = "Từ chối yêu cầu bổ sung tài liệu lần thứ hai: người phản ánh đã được yêu cầu bổ sung một lần.",
            }, context.CancellationToken);
            context.Journal("SupplementRefused", "A supplement was already requested for this complaint; the second request is refused.");
            HandBackBySystem(context);
            context.Complete(Refused);
            return;
        }

        var request = Text(await context.EvaluateAsync(Request)) ?? throw new InvalidOperationException("Input 'request' is empty: say which documents are needed.");
        var days = await context.EvaluateAsync(Days) is > 0 and var given ? given : Service<IOptions<ComplaintOptions>>(context).Value.SupplementDays;
        var limits = Service<ComplaintTimeLimits>(context);
        var dueAt = limits.EndOf(limits.LocalDate(now).AddDays(days));
        var updated = await store.UpdateAsync(complaint.Id, async (c, db) =>
        {
            // Whoever asks is the case's handling officer (and so may see who sent it) while the case waits for the citizen.
            c.OfficerUserId = ActorOf(context) ?? c.OfficerUserId;
            c.SupplementRequestedAt = now;
            c.SupplementRequestKey = key;
            c.SupplementRequest = request;
            c.SupplementDueAt = dueAt;
            c.SupplementReceivedAt = null;
            c.Status = ComplaintStatus.AwaitingSupplement;
            await ComplaintStore.AddEventOnceAsync(db, new ComplaintEvent
            {
                Id = $"{key}:requested", ComplaintId = c.Id, At = now, Kind = "supplement-requested", UserId = ActorOf(context), IsPublic = true,
                Text = $"Đề nghị người phản ánh bổ sung tài liệu (hạn {limits.LastDayText(dueAt)}): {request}",
            }, context.CancellationToken);
        }, context.CancellationToken);

        var mail = await Service<ReporterMail>(context).ComposeAsync(updated, ReporterMail.Supplement, template: null, $"wf:{key}", context.CancellationToken);
        if (mail is not null) context.Workflow.Commit.Outbox.Add(mail);
        // This journal line commits with the burst: it is how a later request knows this one really happened.
        context.Journal("SupplementRequested", mail is null ? "No e-mail address: the office contacts the reporter another way." : "The reporter was e-mailed.");
        HandBackBySystem(context);
        context.CreateBookmark(StimulusFor(complaint.Id), new DateTimeOffset(dueAt));
    }

    protected override async ValueTask ResumeAsync(ActivityExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var received = context.ResumeInput?["received"] is JsonValue v && v.TryGetValue<bool>(out var flag) && flag;
        var complaint = await LoadComplaintAsync(context);
        var store = Service<ComplaintStore>(context);
        var key = KeyOf(context);
        await store.UpdateAsync(complaint.Id, async (c, db) =>
        {
            if (c.Status == ComplaintStatus.AwaitingSupplement) c.Status = ComplaintStatus.InProgress;
            if (!received)
                await ComplaintStore.AddEventOnceAsync(db, new ComplaintEvent
                {
                    Id = $"{key}:expired", ComplaintId = c.Id, At = store.UtcNow, Kind = "supplement-expired", IsPublic = true,
                    Text = "Hết hạn bổ sung tài liệu; cơ quan tiếp tục giải quyết theo hồ sơ hiện có.",
                }, context.CancellationToken);
        }, context.CancellationToken);
        context.Complete(received ? Received : Expired);
    }
}
