using System.Net;
using System.Text.Json.Nodes;
using CongVu.Engine.Execution;

namespace CongVu.Host.Tasks;

/// <summary>A UserTask's inputs evaluated for one execution.</summary>
internal sealed record UserTaskSettings(
    string Title,
    string? Description,
    AssignmentRequest Assignment,
    int Priority,
    DateTimeOffset? DueAt,
    IReadOnlyList<string> Outcomes,
    IReadOnlyList<string> CommentRequiredFor,
    IReadOnlyList<FormField> Form,
    IReadOnlyList<int> Reminders,
    IReadOnlyList<int> Escalations,
    string? TimeoutOutcome,
    int TimeoutAfter,
    TaskDocument? Document)
{
    public static async Task<UserTaskSettings> EvaluateAsync(UserTask task, ActivityExecutionContext context, HumanTaskOptions options, string? submitter)
    {
        // Handlebars HTML-encodes what it inserts; a title and a description are plain text, shown and mailed as such.
        var title = WebUtility.HtmlDecode(await context.EvaluateAsync(task.Title) ?? "").Trim();
        if (title.Length == 0) throw new InvalidOperationException("Input 'title' evaluated to an empty text.");
        var outcomes = Clean(await context.EvaluateAsync(task.Outcomes)) is { Count: > 0 } listed ? listed : UserTask.DefaultOutcomes;
        var commentRequired = task.CommentRequiredFor is null ? UserTask.DefaultCommentRequiredFor : Clean(await context.EvaluateAsync(task.CommentRequiredFor));
        var (form, formErrors) = TaskForm.Parse(await context.EvaluateAsync(task.Form));
        if (formErrors.Count > 0) throw new InvalidOperationException("Input 'form': " + string.Join(" ", formErrors));
        var timeoutOutcome = Text(await context.EvaluateAsync(task.TimeoutOutcome));
        if (timeoutOutcome is not null && !outcomes.Contains(timeoutOutcome))
            throw new InvalidOperationException($"Input 'timeoutOutcome' is '{timeoutOutcome}', which is not one of the outcomes ({string.Join(", ", outcomes)}).");
        var due = Text(await context.EvaluateAsync(task.DueDate)) is { } dueText
            ? UserTaskLiterals.ParseDue(dueText).Resolve(context.Now, context.Environment.TimeZone, context.Environment.Calendar.Current)
            : (DateTimeOffset?)null;
        var assignment = new AssignmentRequest(
            Text(await context.EvaluateAsync(task.Assignee)),
            Text(await context.EvaluateAsync(task.CandidateRole)),
            Text(await context.EvaluateAsync(task.CandidateUnit)),
            Clean(await context.EvaluateAsync(task.CandidateUsers)),
            Clean(await context.EvaluateAsync(task.ExcludedUsers)),
            submitter);
        return new UserTaskSettings(
            title,
            Text(WebUtility.HtmlDecode(await context.EvaluateAsync(task.Description))),
            assignment,
            await context.EvaluateAsync(task.Priority),
            due,
            outcomes,
            commentRequired,
            form,
            UserTaskLiterals.Days(Text(await context.EvaluateAsync(task.Reminders)) ?? options.Reminders, "reminders"),
            UserTaskLiterals.Days(Text(await context.EvaluateAsync(task.Escalations)) ?? options.Escalations, "escalations"),
            timeoutOutcome,
            task.TimeoutAfter is null ? options.TimeoutAfter : await context.EvaluateAsync(task.TimeoutAfter),
            ReadDocument(await context.EvaluateAsync(task.Document), title));
    }

    public TaskData ToData(string? workflowName, string? submitterUserId) => new(
        Outcomes.Select(o => new TaskOutcome(o, CommentRequiredFor.Contains(o))).ToList(), Form, Document, workflowName, submitterUserId);

    /// <summary>A link the task page may show: only a path on this site, never another host or a script URL.</summary>
    private static string? LocalUrl(JsonNode? node) =>
        node?.ToString() is { Length: > 1 } url && url[0] == '/' && url[1] != '/' && url[1] != '\\' ? url : null;

    private static TaskDocument? ReadDocument(JsonNode? node, string title) => node switch
    {
        JsonObject o when o["html"]?.ToString() is { Length: > 0 } html => new TaskDocument(o["title"]?.ToString() ?? title, html)
        {
            HtmlUrl = LocalUrl(o["htmlUrl"]), DocxUrl = LocalUrl(o["docxUrl"]), PdfUrl = LocalUrl(o["pdfUrl"]),
        },
        JsonValue v when v.TryGetValue<string>(out var html) && !string.IsNullOrWhiteSpace(html) => new TaskDocument(title, html),
        _ => null,
    };

    private static List<string> Clean(List<string>? items) =>
        (items ?? []).Select(i => i.Trim()).Where(i => i.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
