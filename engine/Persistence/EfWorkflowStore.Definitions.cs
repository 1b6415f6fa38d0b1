using Microsoft.EntityFrameworkCore;

namespace CongVu.Engine.Persistence;

public sealed partial class EfWorkflowStore
{
    public Task<DefinitionRecord?> FindDefinitionVersionAsync(string versionId, CancellationToken ct = default) =>
        ReadAsync(db => db.Definitions.AsNoTracking().FirstOrDefaultAsync(d => d.Id == versionId, ct), ct);

    public Task<DefinitionRecord?> FindDefinitionAsync(string definitionId, VersionOptions version, CancellationToken ct = default) =>
        ReadAsync(db => ApplyVersion(db.Definitions.AsNoTracking().Where(d => d.DefinitionId == definitionId), version)
            .OrderByDescending(d => d.Version).FirstOrDefaultAsync(ct), ct);

    private static IQueryable<DefinitionRecord> ApplyVersion(IQueryable<DefinitionRecord> q, VersionOptions v) => v.Kind switch
    {
        "Latest" => q.Where(d => d.IsLatest),
        "Published" => q.Where(d => d.IsPublished),
        "LatestOrPublished" => q.Where(d => d.IsLatest || d.IsPublished),
        "Specific" => q.Where(d => d.Version == v.Number),
        _ => q,
    };

    public Task<PagedList<DefinitionRecord>> ListDefinitionsAsync(DefinitionQuery query, CancellationToken ct = default) =>
        ReadAsync(async db =>
        {
            var q = ApplyVersion(db.Definitions.AsNoTracking(), query.Version);
            if (query.DefinitionIds is { Count: > 0 } ids) q = q.Where(d => ids.Contains(d.DefinitionId));
            if (query.VersionIds is { Count: > 0 } vids) q = q.Where(d => vids.Contains(d.Id));
            if (query.IsSystem is { } system) q = q.Where(d => d.IsSystem == system);
            if (!string.IsNullOrWhiteSpace(query.SearchTerm))
            {
                var term = query.SearchTerm.Trim().ToLowerInvariant();
#pragma warning disable CA1862 // string.Equals(..., OrdinalIgnoreCase) does not translate to SQL; ToLower does.
                q = q.Where(d => d.Name.ToLower().Contains(term) || d.DefinitionId.ToLower().Contains(term) || (d.Description != null && d.Description.ToLower().Contains(term)));
#pragma warning restore CA1862
            }
            var total = await q.CountAsync(ct);
            q = query.OrderBy switch
            {
                "Version" => query.Descending ? q.OrderByDescending(d => d.Version) : q.OrderBy(d => d.Version),
                "CreatedAt" => query.Descending ? q.OrderByDescending(d => d.CreatedAt) : q.OrderBy(d => d.CreatedAt),
                _ => query.Descending ? q.OrderByDescending(d => d.Name).ThenBy(d => d.Version) : q.OrderBy(d => d.Name).ThenBy(d => d.Version),
            };
            var items = await q.Skip(query.Skip).Take(query.Take).ToListAsync(ct);
            return new PagedList<DefinitionRecord>(items, total);
        }, ct);

    public Task SaveDefinitionsAsync(IReadOnlyCollection<DefinitionRecord> versions, DefinitionTriggers? triggers, CancellationToken ct = default) =>
        WriteAsync(async db =>
        {
            foreach (var version in versions)
            {
                var exists = await db.Definitions.AnyAsync(d => d.Id == version.Id, ct);
                if (exists) db.Definitions.Update(version);
                else db.Definitions.Add(version);
            }
            if (triggers is not null)
            {
                var kind = nameof(Execution.ScheduledWorkKind.ScheduleTrigger);
                await db.Triggers.Where(t => t.DefinitionId == triggers.DefinitionId).ExecuteDeleteAsync(ct);
                await db.ScheduledWork.Where(w => w.DefinitionId == triggers.DefinitionId && w.Kind == kind).ExecuteDeleteAsync(ct);
                db.Triggers.AddRange(triggers.Triggers);
                db.ScheduledWork.AddRange(triggers.Schedules);
            }
            return 0;
        }, ct);

    public Task<int> DeleteDefinitionAsync(string definitionId, string? versionId, CancellationToken ct = default) =>
        WriteAsync(async db =>
        {
            if (versionId is not null)
                return await db.Definitions.Where(d => d.DefinitionId == definitionId && d.Id == versionId).ExecuteDeleteAsync(ct);
            await db.Triggers.Where(t => t.DefinitionId == definitionId).ExecuteDeleteAsync(ct);
            var kind = nameof(Execution.ScheduledWorkKind.ScheduleTrigger);
            await db.ScheduledWork.Where(w => w.DefinitionId == definitionId && w.Kind == kind).ExecuteDeleteAsync(ct);
            return await db.Definitions.Where(d => d.DefinitionId == definitionId).ExecuteDeleteAsync(ct);
        }, ct);
}
