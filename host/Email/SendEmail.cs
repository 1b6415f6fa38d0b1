using System.Net;
using CongVu.Engine.Activities;
using CongVu.Engine.Execution;
using CongVu.Engine.Expressions;
using CongVu.Engine.Model;
using Microsoft.Extensions.Options;

namespace CongVu.Host.Email;

/// <summary>
/// Sends an e-mail through the outbox: the message is written in the same transaction as the workflow's next state,
/// so it goes out exactly when the step commits (dedupe key <c>wf:{instanceId}:{activityId}:{contextId}</c>).
/// </summary>
[Activity("CongVu", "SendEmail", "Thư điện tử", DisplayName = "Gửi thư điện tử",
    Description = "Gửi thư điện tử đến địa chỉ thư hoặc người dùng, theo nội dung nhập vào hoặc theo mẫu thư.")]
public sealed class SendEmail : Activity
{
    [Input(DisplayName = "Người nhận", Description = "Địa chỉ thư hoặc tên đăng nhập, cách nhau bằng dấu phẩy.", Required = true, Order = 0)]
    public Input<List<string>>? To { get; set; }

    [Input(DisplayName = "Tiêu đề", Description = "Để trống khi dùng tiêu đề của mẫu thư.", DefaultSyntax = ExpressionTypes.Handlebars, Order = 1)]
    public Input<string>? Subject { get; set; }

    [Input(DisplayName = "Nội dung (HTML)", UIHint = UIHints.MultiLine, DefaultSyntax = ExpressionTypes.Handlebars, Order = 2)]
    public Input<string>? Body { get; set; }

    [Input(DisplayName = "Mẫu thư", Description = "Tên một mẫu trong templates/email; khi có, nội dung lấy từ mẫu.", Order = 3)]
    public Input<string>? Template { get; set; }

    [Input(DisplayName = "Dữ liệu cho mẫu", UIHint = UIHints.JsonEditor, DefaultSyntax = ExpressionTypes.Object, Order = 4)]
    public Input<object>? Model { get; set; }

    protected override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.Environment.Services;
        var to = await services.GetRequiredService<MailAddressBook>().ResolveAsync(await context.EvaluateAsync(To) ?? [], context.CancellationToken);
        // The engine's Handlebars escapes for HTML; a subject is a plain header, so entities are turned back into text.
        var subject = EmailTemplates.OneLine(WebUtility.HtmlDecode(await context.EvaluateAsync(Subject) ?? ""));
        var template = (await context.EvaluateAsync(Template))?.Trim();
        RenderedEmail email;
        if (string.IsNullOrEmpty(template))
        {
            var html = await context.EvaluateAsync(Body) ?? "";
            email = new RenderedEmail(subject, html, HtmlText.ToPlain(html) + "\n");
        }
        else
        {
            var model = await context.EvaluateAsync(Model) is { } value ? ValueConverter.ToClr(ValueConverter.ToNode(value)) : null;
            email = services.GetRequiredService<EmailTemplates>().Render(template, model);
            if (subject.Length > 0) email = email with { Subject = subject };
        }
        if (email.Subject.Length == 0) throw new InvalidOperationException("The e-mail has no subject.");

        var key = $"wf:{context.Workflow.State.Id}:{Id}:{context.Id}";
        var payload = new EmailPayload(to, email.Subject, email.Html, email.Text);
        context.Workflow.Commit.Outbox.Add(payload.ToOutboxMessage(key, context.Now.UtcDateTime));
        context.Journal("EmailQueued", $"{string.Join(", ", to.Select(r => r.Address))}: {email.Subject}");
        context.Complete();
    }
}
