using CongVu.Engine.Tasks;
using CongVu.Host.Tasks;

namespace CongVu.Host.Complaints;

/// <summary>
/// Who may open a case, and who may see who sent it. The identity is for the two people who must act on it and answer for
/// it: the handling officer (whoever holds the case's open task in the handling unit, or proposed its resolution) and the
/// head of the handling unit. Nobody else — not colleagues, not the receiving office, not supervisors, not administrators
/// (unless they are that officer or head): whistle-blower protection (Luật Tố cáo 2018, Điều 47–48) is the point.
/// </summary>
public sealed class ComplaintAccess(TaskActions actions, ITaskStore tasks)
{
    private const int InstanceTasksChecked = 50;

    public Task<TaskActor?> LoadAsync(string userId, CancellationToken ct) => actions.LoadActorAsync(userId, ct);

    /// <summary>The units whose cases the person's list shows: their own, those they head and those they supervise.</summary>
    public static IReadOnlySet<string> Scope(TaskActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var units = new HashSet<string>(actor.HeadedUnitIds, StringComparer.Ordinal);
        units.UnionWith(actor.SupervisedUnitIds);
        if (actor.UnitId is { } own) units.Add(own);
        return units;
    }

    /// <summary>Administrators; people of the handling or receiving unit, their heads and supervisors; and the officer.</summary>
    public static bool CanOpen(TaskActor actor, Complaint complaint)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(complaint);
        if (actor.IsAdmin || complaint.OfficerUserId == actor.UserId) return true;
        var scope = Scope(actor);
        return (complaint.UnitId is { } unit && scope.Contains(unit)) || (complaint.ReceivingUnitId is { } office && scope.Contains(office));
    }

    public async Task<bool> CanSeeIdentityAsync(TaskActor actor, Complaint complaint, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(complaint);
        if (complaint.UnitId is not { } unit) return false;
        if (actor.HeadedUnitIds.Contains(unit) || complaint.OfficerUserId == actor.UserId) return true;
        return await IsHoldingTaskAsync(actor.UserId, complaint, unit, ct);
    }

    /// <summary>Whether the person holds (has claimed or was given) an open task of the case in the handling unit.</summary>
    private async Task<bool> IsHoldingTaskAsync(string userId, Complaint complaint, string unitId, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(complaint.InstanceId)) return false;
        var open = await tasks.ListTasksAsync(new TaskQuery { InstanceId = complaint.InstanceId, AssigneeUserId = userId, Take = InstanceTasksChecked }, ct);
        return open.Items.Any(t => t.UnitId == unitId);
    }
}
