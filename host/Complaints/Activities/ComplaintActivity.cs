using System.Text.Json.Nodes;
using CongVu.Engine.Activities;
using CongVu.Engine.Execution;
using CongVu.Engine.Expressions;
using CongVu.Engine.Model;
using CongVu.Host.Tasks;

namespace CongVu.Host.Complaints.Activities;

/// <summary>
/// What every complaint activity shares: the case it works on (input <c>ComplaintId</c>, by default the workflow input
/// <c>complaintId</c>), the services, and the key that makes its writes idempotent.
/// </summary>
public abstract class ComplaintActivity : Activity
{
    public const string Category = "Phản ánh, kiến nghị";

    /// <summary>The workflow input naming the case: <c>{"complaintId": "…"}</c>.</summary>
    public const string ComplaintIdInput = "complaintId";

    [Input(DisplayName = "Mã hồ sơ", Description = "Mã hồ sơ phản ánh (Id); để trống thì lấy từ đầu vào complaintId của quy trình.", DefaultSyntax = ExpressionTypes.Handlebars, Order = 0)]
    public Input<string>? ComplaintId { get; set; }

    protected static T Service<T>(ActivityExecutionContext context) where T : notnull =>
        context.Environment.Services.GetRequiredService<T>();

    /// <summary>Same execution ⇒ same key: <c>{instanceId}:{activityId}:{contextId}</c>.</summary>
    protected static string KeyOf(ActivityExecutionContext context) => $"{context.Workflow.State.Id}:{context.Activity.Id}:{context.Id}";

    /// <summary>The person whose decision led here (the last task's actor), for history lines.</summary>
    protected static string? ActorOf(ActivityExecutionContext context) =>
        ValueConverter.ToClr(context.Workflow.State.Properties.GetValueOrDefault(UserTask.LastActorProperty)) as string;

    /// <summary>
    /// The case goes back to its officer from the system (the citizen's supplement, a recorded extension), not from the
    /// officer themself: the next task must not see them as its submitter, or four-eyes would bar them from their own case.
    /// </summary>
    protected static void HandBackBySystem(ActivityExecutionContext context) =>
        context.Workflow.State.Properties.Remove(UserTask.LastActorProperty);

    protected async Task<Complaint> LoadComplaintAsync(ActivityExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var id = Text(await context.EvaluateAsync(ComplaintId))
            ?? Text(ValueConverter.ToClr(context.Workflow.State.Input.GetValueOrDefault(ComplaintIdInput)) as string)
            ?? throw new InvalidOperationException($"Activity '{Name ?? Id}' needs a complaint: set its input 'complaintId' or start the workflow with {{\"complaintId\": \"…\"}}.");
        return await Service<ComplaintStore>(context).FindAsync(id, context.CancellationToken)
            ?? throw new InvalidOperationException($"Complaint '{id}' does not exist.");
    }

    protected static async Task<JsonObject> ViewAsync(ActivityExecutionContext context, Complaint complaint) =>
        await Service<ComplaintViews>(context).BuildAsync(complaint, context.CancellationToken);

    protected static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : System.Net.WebUtility.HtmlDecode(value).Trim();

    /// <summary>"Có", "có", "true", "1", "x" read as yes; "Không", "false", "0" and empty as no; null when not given.</summary>
    protected static bool? YesNo(string? value) => Text(value)?.ToLowerInvariant() switch
    {
        null => null,
        "có" or "co" or "true" or "1" or "x" or "yes" => true,
        _ => false,
    };
}
