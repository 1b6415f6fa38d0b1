using CongVu.Engine.Tasks;
using CongVu.Host.People;
using CongVu.Host.People.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CongVu.Host.Tasks;

/// <summary>
/// Decides who may act on a new task, from the people database: a named assignee, or the holders of a role in a unit
/// plus named candidates, never the submitter (four-eyes) nor an excluded user. One candidate left gets the task directly.
/// </summary>
public sealed class TaskAssignment(IDbContextFactory<PeopleDbContext> people)
{
    /// <summary><c>candidateUnit</c> keyword: the submitter's unit.</summary>
    public const string SubmitterUnit = "submitter";

    /// <summary><c>candidateUnit</c> keyword: the unit supervising the submitter's unit.</summary>
    public const string SupervisorUnit = "supervisor";

    /// <summary>Resolves a request; throws <see cref="TaskAssignmentException"/> (English, for the incident) when no one can act.</summary>
    public async Task<TaskAssignmentResult> ResolveAsync(AssignmentRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await people.CreateDbContextAsync(ct);
        var submitter = request.Submitter is { } s ? await FindUserAsync(db, s, ct) : null;
        var excluded = new List<string>();
        foreach (var name in request.ExcludedUsers)
            if (await FindUserAsync(db, name, ct) is { } user) excluded.Add(user.Id);
        if (submitter is not null) excluded.Add(submitter.Id);

        if (!string.IsNullOrWhiteSpace(request.Assignee))
        {
            var assignee = await FindUserAsync(db, request.Assignee, ct) ?? throw new TaskAssignmentException($"the assignee '{request.Assignee}' does not exist.");
            if (assignee.Id == submitter?.Id) throw new TaskAssignmentException($"the assignee '{request.Assignee}' submitted this step and may not act on it (four-eyes).");
            if (excluded.Contains(assignee.Id)) throw new TaskAssignmentException($"the assignee '{request.Assignee}' is excluded from this task.");
            return new TaskAssignmentResult(assignee.Id, [assignee.Id], excluded, assignee.UnitId, submitter?.Id);
        }

        var unit = await ResolveUnitAsync(db, request.CandidateUnit, submitter, ct);
        var candidates = new List<string>();
        if (!string.IsNullOrWhiteSpace(request.CandidateRole))
        {
            var role = Roles.All.FirstOrDefault(r => string.Equals(r, request.CandidateRole.Trim(), StringComparison.OrdinalIgnoreCase))
                ?? throw new TaskAssignmentException($"the role '{request.CandidateRole}' does not exist (roles: {string.Join(", ", Roles.All)}).");
            // The head of a unit is whoever the unit names, not everyone holding the role there.
            if (role == Roles.UnitHead && unit?.HeadUserId is { } head) candidates.Add(head);
            else candidates.AddRange(await UsersInRoleAsync(db, role, unit?.Id, ct));
        }
        foreach (var name in request.CandidateUsers)
            candidates.Add((await FindUserAsync(db, name, ct) ?? throw new TaskAssignmentException($"the candidate user '{name}' does not exist.")).Id);
        var eligible = candidates.Distinct(StringComparer.Ordinal).Where(id => !excluded.Contains(id)).ToList();
        if (eligible.Count == 0)
            throw new TaskAssignmentException(candidates.Count == 0
                ? "no one can act on it: set an assignee, candidate users, or a role (with a unit)."
                : "no one can act on it once the submitter and excluded users are removed (four-eyes).");
        var unitId = unit?.Id ?? await CommonUnitAsync(db, eligible, ct);
        return new TaskAssignmentResult(eligible.Count == 1 ? eligible[0] : null, eligible, excluded, unitId, submitter?.Id);
    }

    /// <summary>Finds a user by id or by user name (case-insensitive).</summary>
    public async Task<AppUser?> FindUserAsync(string idOrUserName, CancellationToken ct = default)
    {
        await using var db = await people.CreateDbContextAsync(ct);
        return await FindUserAsync(db, idOrUserName, ct);
    }

    /// <summary>Who an escalation goes to: level 1 the head of the task's unit, level 2 the head of the unit supervising it.</summary>
    public async Task<string?> EscalationRecipientAsync(HumanTaskRecord task, int level, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(task);
        await using var db = await people.CreateDbContextAsync(ct);
        var unit = task.UnitId is null ? null : await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == task.UnitId, ct);
        if (unit is null) return null;
        if (level <= 1) return unit.HeadUserId;
        if (unit.SupervisorUnitId is null) return null;
        return await db.Units.AsNoTracking().Where(u => u.Id == unit.SupervisorUnitId).Select(u => u.HeadUserId).FirstOrDefaultAsync(ct);
    }

    internal static async Task<AppUser?> FindUserAsync(PeopleDbContext db, string idOrUserName, CancellationToken ct)
    {
        var key = idOrUserName.Trim();
        var normalized = key.ToUpperInvariant();
        return await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == key || u.NormalizedUserName == normalized, ct);
    }

    internal static async Task<List<string>> UsersInRoleAsync(PeopleDbContext db, string role, string? unitId, CancellationToken ct)
    {
        var query = from user in db.Users
                    join link in db.UserRoles on user.Id equals link.UserId
                    join r in db.Roles on link.RoleId equals r.Id
                    where r.Name == role
                    select user;
        if (unitId is not null) query = query.Where(u => u.UnitId == unitId);
        return await query.OrderBy(u => u.UserName).Select(u => u.Id).ToListAsync(ct);
    }

    private static async Task<Unit?> ResolveUnitAsync(PeopleDbContext db, string? candidateUnit, AppUser? submitter, CancellationToken ct)
    {
        var text = candidateUnit?.Trim();
        if (string.IsNullOrEmpty(text)) return null;
        var keyword = text.ToLowerInvariant();
        if (keyword is SubmitterUnit or SupervisorUnit)
        {
            var own = submitter?.UnitId is { } ownId ? await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == ownId, ct) : null;
            if (own is null) throw new TaskAssignmentException($"candidateUnit '{text}' needs the submitter's unit, but the submitter (workflow input 'submittedBy' or the previous step's actor) is unknown or has no unit.");
            if (keyword == SubmitterUnit) return own;
            return own.SupervisorUnitId is { } supervisor
                ? await db.Units.AsNoTracking().FirstAsync(u => u.Id == supervisor, ct)
                : throw new TaskAssignmentException($"the submitter's unit '{own.Code}' has no supervising unit.");
        }
        return await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Code == text, ct)
            ?? throw new TaskAssignmentException($"the unit '{text}' does not exist.");
    }

    /// <summary>The unit a task belongs to when only people were named: theirs, if they all share one.</summary>
    private static async Task<string?> CommonUnitAsync(PeopleDbContext db, List<string> userIds, CancellationToken ct)
    {
        var units = await db.Users.Where(u => userIds.Contains(u.Id)).Select(u => u.UnitId).Distinct().ToListAsync(ct);
        return units.Count == 1 ? units[0] : null;
    }
}

/// <summary>Who a task is for, as the workflow wrote it (user names or ids, a role, a unit code or keyword).</summary>
public sealed record AssignmentRequest(
    string? Assignee, string? CandidateRole, string? CandidateUnit,
    IReadOnlyList<string> CandidateUsers, IReadOnlyList<string> ExcludedUsers, string? Submitter);

/// <summary>The resolved assignment, as user ids: the assignee (null for a group task to claim), candidates, excluded users.</summary>
public sealed record TaskAssignmentResult(
    string? AssigneeUserId, IReadOnlyList<string> CandidateUserIds, IReadOnlyList<string> ExcludedUserIds, string? UnitId, string? SubmitterUserId);

/// <summary>No one can be given the task; the UserTask faults with this message (an incident for the administrator).</summary>
public sealed class TaskAssignmentException(string message) : Exception(message);
