using CongVu.Engine.Tasks;
using CongVu.Host.People;
using CongVu.Host.People.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CongVu.Host.Tasks;

/// <summary>A person as task rules see them: their unit, roles, the units they head and the units they supervise.</summary>
public sealed record TaskActor(
    string UserId, string? UnitId, IReadOnlySet<string> Roles, IReadOnlySet<string> HeadedUnitIds, IReadOnlySet<string> SupervisedUnitIds)
{
    public bool IsAdmin => Roles.Contains(People.Roles.Admin);

    /// <summary>Admins see every task; others the tasks they hold or could take, and those of their units or of units they supervise.</summary>
    public bool CanSee(HumanTaskRecord task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return IsAdmin || task.AssigneeUserId == UserId || TaskUserList.Contains(task.CandidateUsers, UserId)
            || task.SubmitterUserId == UserId || task.CompletedBy == UserId
            || (task.UnitId is { } unit && (unit == UnitId || HeadedUnitIds.Contains(unit) || SupervisedUnitIds.Contains(unit)));
    }

    /// <summary>The holder of an open task, or a candidate of an unclaimed one; never its submitter or an excluded user.</summary>
    public bool CanAct(HumanTaskRecord task)
    {
        ArgumentNullException.ThrowIfNull(task);
        if (task.Status != HumanTaskStatus.Open || task.SubmitterUserId == UserId || TaskUserList.Contains(task.ExcludedUsers, UserId)) return false;
        return task.AssigneeUserId is { } assignee ? assignee == UserId : TaskUserList.Contains(task.CandidateUsers, UserId);
    }

    /// <summary>Who may hand a task to someone else: its holder, the head of its unit, an admin.</summary>
    public bool CanTransfer(HumanTaskRecord task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return IsAdmin || task.AssigneeUserId == UserId || (task.UnitId is { } unit && HeadedUnitIds.Contains(unit));
    }

    /// <summary>
    /// Loads a user's task profile. A unit is supervised by the people of its supervising unit (Unit.SupervisorUnitId)
    /// who hold the Supervisor role, and by that unit's head.
    /// </summary>
    public static async Task<TaskActor?> LoadAsync(PeopleDbContext db, string userId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null) return null;
        var roles = await (from link in db.UserRoles
                           join role in db.Roles on link.RoleId equals role.Id
                           where link.UserId == userId
                           select role.Name).ToListAsync(ct);
        var headed = await db.Units.Where(u => u.HeadUserId == userId).Select(u => u.Id).ToListAsync(ct);
        var supervising = new HashSet<string>(headed, StringComparer.Ordinal);
        if (user.UnitId is { } own && roles.Contains(People.Roles.Supervisor)) supervising.Add(own);
        var supervisingIds = supervising.ToList();
        var supervised = supervisingIds.Count == 0 ? [] : await db.Units
            .Where(u => u.SupervisorUnitId != null && supervisingIds.Contains(u.SupervisorUnitId)).Select(u => u.Id).ToListAsync(ct);
        return new TaskActor(user.Id, user.UnitId, roles.OfType<string>().ToHashSet(StringComparer.Ordinal),
            headed.ToHashSet(StringComparer.Ordinal), supervised.ToHashSet(StringComparer.Ordinal));
    }
}
