using CongVu.Engine.Activities;
using CongVu.Engine.Execution;
using CongVu.Engine.Model;

namespace CongVu.Host.Complaints.Activities;

/// <summary>
/// E-mails the citizen about their case (acknowledgement, supplement request, answer) through the outbox, in the step's
/// commit, from the kind's template <c>phan-anh-{kind}</c> in templates/email or the one chosen. The address is read from
/// the protected reporter table here, never passed through the workflow; without one, nothing is sent.
/// </summary>
[Activity("CongVu", "NotifyReporter", ComplaintActivity.Category, DisplayName = "Gửi thư cho người phản ánh",
    Description = "Gửi thư điện tử cho người phản ánh (thông báo tiếp nhận, đề nghị bổ sung, trả lời) theo mẫu thư, nếu họ đã cho địa chỉ thư; địa chỉ không đi qua quy trình.")]
public sealed class NotifyReporter : ComplaintActivity
{
    [Input(DisplayName = "Loại thư", Options = [ReporterMail.Received, ReporterMail.Answer, ReporterMail.Supplement], UIHint = UIHints.Dropdown,
        DefaultValue = ReporterMail.Received, Order = 1)]
    public Input<string>? Kind { get; set; }

    [Input(DisplayName = "Mẫu thư", Description = "Tên mẫu trong templates/email (dữ liệu: complaint, lookupUrl); để trống dùng mẫu theo loại thư: phan-anh-tiep-nhan, phan-anh-bo-sung hoặc phan-anh-tra-loi.", Order = 2)]
    public Input<string>? Template { get; set; }

    protected override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var complaint = await LoadComplaintAsync(context);
        var kind = Text(await context.EvaluateAsync(Kind)) ?? ReporterMail.Received;
        if (!ReporterMail.Kinds.Contains(kind)) throw new InvalidOperationException($"Input 'kind' is '{kind}', not one of {string.Join(", ", ReporterMail.Kinds)}.");
        var mail = await Service<ReporterMail>(context).ComposeAsync(complaint, kind, Text(await context.EvaluateAsync(Template)), $"wf:{KeyOf(context)}", context.CancellationToken);
        if (mail is not null) context.Workflow.Commit.Outbox.Add(mail);
        // The journal is read by administrators: it says that a message went, never to whom.
        context.Journal(mail is null ? "NoReporterEmail" : "EmailQueued", mail is null ? "The reporter gave no e-mail address." : $"E-mail '{kind}' queued for the reporter.");
        context.Complete();
    }
}
