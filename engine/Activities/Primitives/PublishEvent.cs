using System.Text.Json.Nodes;
using CongVu.Engine.Execution;
using CongVu.Engine.Expressions;
using CongVu.Engine.Model;
using CongVu.Engine.Runtime;

namespace CongVu.Engine.Activities.Primitives;

/// <summary>
/// Publishes an event to workflows waiting in an <see cref="Event"/> activity (and starts those triggered by it) once
/// this step commits; delivery is durable and acts once per instance, even across a crash.
/// </summary>
[Activity("Elsa", "PublishEvent", "Primitives", DisplayName = "Publish Event", Description = "Publishes an event that Event activities wait for.")]
public sealed class PublishEvent : Activity
{
    [Input(DisplayName = "Event name", Required = true)]
    public Input<string>? EventName { get; set; }

    [Input(DisplayName = "Correlation id", Description = "Only instances with this correlation id receive the event; empty: every waiting instance.")]
    public Input<string>? CorrelationId { get; set; }

    [Input(DisplayName = "Local", Description = "Only this instance receives the event.", UIHint = UIHints.Checkbox)]
    public Input<bool?>? IsLocal { get; set; }

    [Input(DisplayName = "Payload", UIHint = UIHints.JsonEditor, DefaultSyntax = ExpressionTypes.Object)]
    public Input<object>? Payload { get; set; }

    protected internal override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var name = await context.EvaluateAsync(EventName);
        if (string.IsNullOrWhiteSpace(name)) throw new InvalidOperationException("Event name is empty.");
        var local = await context.EvaluateAsync(IsLocal) ?? false;
        var correlationId = local ? null : await context.EvaluateAsync(CorrelationId);
        var input = new JsonObject { ["payload"] = ValueConverter.ToNode(await context.EvaluateAsync(Payload)) };
        if (local)
        {
            // Elsa's "local" event: delivered to this instance only, by resuming its own matching bookmarks.
            var stimulus = Event.StimulusFor(name);
            foreach (var bookmark in context.Workflow.State.Bookmarks.Where(b => b.Hash == stimulus.Hash).ToList())
                context.Workflow.ScheduleWork(new ScheduledWork
                {
                    Kind = ScheduledWorkKind.ResumeBookmark,
                    DueAt = context.Now.UtcDateTime,
                    InstanceId = context.Workflow.State.Id,
                    BookmarkId = bookmark.Id,
                    Payload = input.DeepClone().AsObject(),
                });
        }
        else
        {
            context.Workflow.ScheduleWork(Signals.Create(Event.StimulusFor(name), string.IsNullOrWhiteSpace(correlationId) ? null : correlationId, input, context.Now.UtcDateTime));
        }
        context.Journal("EventPublished", name);
        context.Complete();
    }
}
