using CongVu.Engine.Execution;
using CongVu.Engine.Persistence;

namespace CongVu.Engine.Runtime;

public sealed partial class DefinitionService
{
    /// <summary>Triggers of a version about to be published: stimulus triggers and the first due time of each schedule.</summary>
    private async Task<DefinitionTriggers> IndexTriggersAsync(DefinitionRecord version, CancellationToken ct)
    {
        var graph = graphs.Get(version);
        var triggers = new List<TriggerRecord>();
        var schedules = new List<ScheduledWorkRecord>();
        var evaluation = new ActivityEvaluation(environment, environment.Clock.UtcNow);
        foreach (var activity in graph.AllActivities.Where(a => a.CanStartWorkflow))
        {
            var spec = await activity.GetTriggerAsync(evaluation);
            if (spec is null) continue;
            triggers.Add(new TriggerRecord
            {
                Id = WorkflowExecutionContext.NewId(),
                DefinitionId = version.DefinitionId,
                DefinitionVersionId = version.Id,
                ActivityId = activity.Id,
                ActivityNodeId = activity.NodeId,
                ActivityType = activity.Type,
                Hash = spec.Stimulus?.Hash,
                Payload = spec.Stimulus?.Payload.ToJsonString(EfWorkflowStore.Json) ?? "{}",
            });
            if (spec.NextDueAt is { } due) schedules.Add(ScheduleRow(version, activity.NodeId, due));
        }
        ct.ThrowIfCancellationRequested();
        return new DefinitionTriggers(version.DefinitionId, triggers, schedules);
    }

    /// <summary>The next occurrence of a schedule trigger after <paramref name="after"/>, or null when it does not recur.</summary>
    public async Task<ScheduledWork?> NextScheduleAsync(DefinitionRecord version, string activityNodeId, DateTime after, CancellationToken ct)
    {
        var graph = graphs.Get(version);
        if (!graph.ByNodeId.TryGetValue(activityNodeId, out var activity)) return null;
        var now = environment.Clock.UtcNow;
        var from = after > now.UtcDateTime ? new DateTimeOffset(after, TimeSpan.Zero) : now;
        var spec = await activity.GetTriggerAsync(new ActivityEvaluation(environment, from));
        ct.ThrowIfCancellationRequested();
        if (spec?.NextDueAt is not { } due) return null;
        return new ScheduledWork
        {
            Kind = ScheduledWorkKind.ScheduleTrigger,
            DueAt = due.UtcDateTime,
            DefinitionId = version.DefinitionId,
            DefinitionVersionId = version.Id,
            ActivityId = activityNodeId,
        };
    }

    private static ScheduledWorkRecord ScheduleRow(DefinitionRecord version, string nodeId, DateTimeOffset due) => new()
    {
        Id = WorkflowExecutionContext.NewId(),
        Kind = nameof(ScheduledWorkKind.ScheduleTrigger),
        DueAt = due.UtcDateTime,
        DefinitionId = version.DefinitionId,
        DefinitionVersionId = version.Id,
        ActivityId = nodeId,
    };
}
