using System.Text.Json.Nodes;
using CongVu.Engine.Execution;

namespace CongVu.Engine.Activities.Flow;

/// <summary>Elsa's flowchart: activities joined by connections from outcome ports; completes when nothing inside runs.</summary>
[Activity("Elsa", "Flowchart", "Flow", Description = "Activities joined by connections.", IsBrowsable = false)]
public sealed class Flowchart : Activity, IContainerActivity
{
    private List<Activity> _activities = [];

    public IReadOnlyList<Connection> Connections { get; private set; } = [];
    public override IReadOnlyList<Activity> Children => _activities;

    protected internal override void Load(ActivityLoadContext load)
    {
        _activities = (load.Json["activities"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Select(load.LoadChild)
            .OfType<Activity>()
            .ToList();
        var connections = new List<Connection>();
        foreach (var json in (load.Json["connections"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var c = Connection.Parse(json);
            var source = _activities.FirstOrDefault(a => a.Id == c.SourceId);
            var target = _activities.FirstOrDefault(a => a.Id == c.TargetId);
            if (source is null) load.Error(c.SourceId ?? Id, $"Connection from missing activity '{c.SourceId}'.");
            else if (!source.Ports.Contains(c.SourcePort)) load.Error(source.Id, $"Connection from missing port '{c.SourcePort}' (ports: {string.Join(", ", source.Ports)}).");
            if (target is null) load.Error(c.TargetId ?? Id, $"Connection to missing activity '{c.TargetId}'.");
            else if (c.TargetPort is not ("In" or "")) load.Error(target.Id, $"Connection to missing port '{c.TargetPort}' (an activity has one inbound port, 'In').");
            connections.Add(c);
        }
        Connections = connections;
    }

    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var start = FindStart(context);
        if (start is null) context.Complete();
        else context.ScheduleChild(start);
        return default;
    }

    private Activity? FindStart(ActivityExecutionContext context)
    {
        var trigger = context.Workflow.State.TriggerNodeId;
        return _activities.FirstOrDefault(a => a.NodeId == trigger)
            ?? _activities.FirstOrDefault(a => a.Descriptor.IsStart)
            ?? _activities.FirstOrDefault(a => a.CanStartWorkflow)
            ?? _activities.FirstOrDefault(a => Connections.All(c => c.TargetId != a.Id));
    }

    protected internal override ValueTask OnChildCompletedAsync(ActivityExecutionContext context, ChildCompletion child)
    {
        var source = child.Child.Activity;
        if (source is End)
        {
            // As in Elsa: reaching End completes the flowchart, cancelling branches still waiting.
            context.Complete();
            return default;
        }
        foreach (var connection in Connections.Where(c => c.SourceId == source.Id && child.Outcomes.Contains(c.SourcePort)))
        {
            var target = _activities.First(a => a.Id == connection.TargetId);
            if (target is FlowJoin join)
            {
                if (!join.Arrive(context, this, connection)) continue;
                if (join.WaitsForAny) CancelBranchesInto(context, join);
                context.ScheduleChild(target);
            }
            else
            {
                context.ScheduleChild(target);
            }
        }
        if (!context.Children.Any(c => c != child.Child)) context.Complete();
        return default;
    }

    internal IEnumerable<Connection> Inbound(Activity target) => Connections.Where(c => c.TargetId == target.Id);

    /// <summary>
    /// Cancels what still runs on the other branches into a WaitAny join: every running activity from which the join
    /// can be reached, going back no further than the fork(s) that opened the branches.
    /// </summary>
    private void CancelBranchesInto(ActivityExecutionContext context, FlowJoin join)
    {
        var ancestors = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([join.Id]);
        while (pending.TryPop(out var targetId))
        {
            foreach (var inbound in Connections.Where(c => c.TargetId == targetId))
            {
                if (inbound.SourceId is not { } source || source == join.Id || !ancestors.Add(source)) continue;
                if (_activities.FirstOrDefault(a => a.Id == source) is not FlowFork) pending.Push(source);
            }
        }
        foreach (var running in context.Children.Where(c => ancestors.Contains(c.Activity.Id)).ToList()) running.Cancel();
    }
}

/// <summary>A flowchart edge: from a source activity's outcome port to a target activity.</summary>
public sealed record Connection(string? SourceId, string SourcePort, string? TargetId, string TargetPort)
{
    public string Key => $"{SourceId}:{SourcePort}->{TargetId}";

    /// <summary>Reads both Elsa 3 shapes: <c>{source:{activity,port},target:{...}}</c> and the flat 3.0 one.</summary>
    public static Connection Parse(JsonObject json)
    {
        if (json["source"] is JsonObject s)
            return new(s["activity"]?.GetValue<string>(), s["port"]?.GetValue<string>() ?? "Done",
                json["target"]?["activity"]?.GetValue<string>(), json["target"]?["port"]?.GetValue<string>() ?? "In");
        return new(json["source"]?.GetValue<string>(), json["sourcePort"]?.GetValue<string>() ?? "Done",
            json["target"]?.GetValue<string>(), json["targetPort"]?.GetValue<string>() ?? "In");
    }
}
