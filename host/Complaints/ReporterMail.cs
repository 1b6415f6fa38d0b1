using System.Text.Json.Nodes;
using CongVu.Engine.Expressions;
using CongVu.Engine.Outbox;
using CongVu.Host.Email;

namespace CongVu.Host.Complaints;

/// <summary>
/// The e-mails a citizen gets about their case: acknowledgement, supplement request, answer, each rendered from its
/// template in templates/email (<c>phan-anh-tiep-nhan</c>, <c>phan-anh-bo-sung</c>, <c>phan-anh-tra-loi</c>), which
/// administrators edit in the template editor. The model is <c>{complaint, lookupUrl}</c>: the case as
/// <see cref="ComplaintViews"/> builds it, without the reporter. The address is read from the reporter table at the last
/// moment and goes only into the outbox message; it never enters workflow state or the journal. The model never names the
/// reporter, so a message seen on the sent-mail page tells no more than its address.
/// </summary>
public sealed partial class ReporterMail(ComplaintStore store, ComplaintViews views, EmailTemplates templates, ILogger<ReporterMail> logger)
{
    public const string Received = "tiep-nhan", Supplement = "bo-sung", Answer = "tra-loi";

    public static IReadOnlyList<string> Kinds { get; } = [Received, Supplement, Answer];

    /// <summary>The template of a kind of message: <c>phan-anh-{kind}</c>.</summary>
    public static string TemplateFor(string kind) => Kinds.Contains(kind)
        ? $"phan-anh-{kind}"
        : throw new ArgumentOutOfRangeException(nameof(kind), kind, $"Not one of {string.Join(", ", Kinds)}.");

    /// <summary>The template model: <c>{complaint, lookupUrl}</c>, where <paramref name="view"/> is the case from <see cref="ComplaintViews.BuildAsync"/>.</summary>
    public static JsonObject Model(JsonObject view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new JsonObject { ["complaint"] = view, ["lookupUrl"] = view["lookupUrl"]?.DeepClone() };
    }

    /// <summary>The message to queue, or null when the reporter gave no e-mail address.</summary>
    /// <param name="template">Another e-mail template (templates/email) with the same model; null or empty for the kind's own template.</param>
    public async Task<OutboxMessageRecord?> ComposeAsync(Complaint complaint, string kind, string? template, string dedupeKey, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        var name = TemplateFor(kind);
        if (template is { Length: > 0 } chosen)
        {
            if (templates.Exists(chosen)) name = chosen;
            else LogMissingTemplate(logger, chosen, name);
        }
        var reporter = await store.FindReporterAsync(complaint.Id, ct);
        if (reporter?.Email is not { Length: > 0 } address) return null;
        var view = await views.BuildAsync(complaint, ct);
        var email = templates.Render(name, ValueConverter.ToClr(Model(view)));
        return new EmailPayload([new EmailRecipient(address)], email.Subject, email.Html, email.Text) { Confidential = true }.ToOutboxMessage(dedupeKey, store.UtcNow);
    }

    [LoggerMessage(LogLevel.Warning, "E-mail template '{Template}' does not exist; the citizen's e-mail uses '{Fallback}' instead.")]
    private static partial void LogMissingTemplate(ILogger logger, string template, string fallback);
}
