using System.Text.Json.Nodes;
using CongVu.Host.Campaigns.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CongVu.Host.Campaigns;

/// <summary>
/// Reads and writes campaigns. Every write is keyed by a natural key (campaign id; campaign and unit), so an activity
/// whose burst runs again after a failed commit writes the same rows again, not new ones.
/// </summary>
public sealed class CampaignStore(IDbContextFactory<CampaignsDbContext> factory)
{
    /// <summary>
    /// Creates the campaign and a Pending submission per unit in one transaction and two statements (the units travel
    /// as one JSON parameter). When another instance opened the campaign first, nothing is written and
    /// <c>Opened</c> is false.
    /// </summary>
    public async Task<(Campaign Campaign, bool Opened)> OpenAsync(Campaign campaign, IReadOnlyList<ReportingUnit> units, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(units);
        await using var db = await factory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlAsync($"""
            INSERT OR IGNORE INTO Campaigns (Id, Kind, Year, Period, Title, DueDate, Bloc, OpenedAt, InstanceId)
            VALUES ({campaign.Id}, {campaign.Kind}, {campaign.Year}, {campaign.Period}, {campaign.Title}, {campaign.DueDate}, {campaign.Bloc}, {campaign.OpenedAt}, {campaign.InstanceId})
            """, ct);
        var stored = await db.Campaigns.AsNoTracking().SingleAsync(c => c.Id == campaign.Id, ct);
        if (stored.InstanceId != campaign.InstanceId)
        {
            await transaction.CommitAsync(ct);
            return (stored, false);
        }
        var rows = new JsonArray(units.Select(u => (JsonNode)new JsonObject
        {
            ["id"] = u.Id, ["code"] = u.Code, ["name"] = u.Name, ["bloc"] = u.Bloc, ["supervisorId"] = u.SupervisorId,
        }).ToArray()).ToJsonString();
        await db.Database.ExecuteSqlAsync($"""
            INSERT OR IGNORE INTO CampaignSubmissions (CampaignId, UnitId, UnitCode, UnitName, Bloc, SupervisorUnitId, Status, UpdatedAt)
            SELECT {campaign.Id}, json_extract(value, '$.id'), json_extract(value, '$.code'), json_extract(value, '$.name'),
                   json_extract(value, '$.bloc'), json_extract(value, '$.supervisorId'), {SubmissionStatus.Pending}, {campaign.OpenedAt}
            FROM json_each({rows})
            """, ct);
        await transaction.CommitAsync(ct);
        return (stored, true);
    }

    /// <summary>
    /// Records a unit's new status. The first Submitted or Approved fixes the submission time and whether it was on time;
    /// a unit the campaign did not expect (added later) gets its row now.
    /// </summary>
    public async Task<CampaignSubmission> RecordAsync(Campaign campaign, ReportingUnit unit, SubmissionChange change, TimeZoneInfo zone, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(change);
        var sent = SubmissionStatus.IsSent(change.Status);
        DateTime? submittedAt = sent ? change.At : null;
        DateTime? approvedAt = change.Status == SubmissionStatus.Approved ? change.At : null;
        bool? onTime = sent ? CampaignDates.IsOnTime(new DateTimeOffset(change.At, TimeSpan.Zero), campaign.DueDate, zone) : null;
        await using var db = await factory.CreateDbContextAsync(ct);
        // In an upsert's SET every right-hand side reads the row as it was, so the order of the assignments does not matter.
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO CampaignSubmissions (CampaignId, UnitId, UnitCode, UnitName, Bloc, SupervisorUnitId, Status, SubmittedAt, ApprovedAt, OnTime, DocumentId, Data, InstanceId, UpdatedAt)
            VALUES ({campaign.Id}, {unit.Id}, {unit.Code}, {unit.Name}, {unit.Bloc}, {unit.SupervisorId}, {change.Status}, {submittedAt}, {approvedAt}, {onTime}, {change.DocumentId}, {change.Data}, {change.InstanceId}, {change.At})
            ON CONFLICT (CampaignId, UnitId) DO UPDATE SET
                Status = excluded.Status,
                OnTime = CASE WHEN CampaignSubmissions.SubmittedAt IS NULL THEN excluded.OnTime ELSE CampaignSubmissions.OnTime END,
                SubmittedAt = COALESCE(CampaignSubmissions.SubmittedAt, excluded.SubmittedAt),
                ApprovedAt = COALESCE(CampaignSubmissions.ApprovedAt, excluded.ApprovedAt),
                DocumentId = COALESCE(excluded.DocumentId, CampaignSubmissions.DocumentId),
                Data = COALESCE(excluded.Data, CampaignSubmissions.Data),
                InstanceId = excluded.InstanceId,
                UpdatedAt = excluded.UpdatedAt
            """, ct);
        return await db.Submissions.AsNoTracking().SingleAsync(s => s.CampaignId == campaign.Id && s.UnitId == unit.Id, ct);
    }

    public async Task<Campaign?> FindAsync(string campaignId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Campaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == campaignId, ct);
    }

    /// <summary>A campaign's submissions, of one supervisor's units (null: all) and one bloc (null: both), by unit code.</summary>
    public async Task<IReadOnlyList<CampaignSubmission>> SubmissionsAsync(string campaignId, string? supervisorUnitId, string? bloc, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = db.Submissions.AsNoTracking().Where(s => s.CampaignId == campaignId);
        if (supervisorUnitId is not null) query = query.Where(s => s.SupervisorUnitId == supervisorUnitId);
        if (bloc is not null) query = query.Where(s => s.Bloc == bloc);
        return await query.OrderBy(s => s.UnitCode).ToListAsync(ct);
    }

    /// <summary>The blocs among a campaign's submissions in scope, for the dashboard's filter.</summary>
    public async Task<IReadOnlyList<string>> BlocsAsync(string campaignId, string? supervisorUnitId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = db.Submissions.AsNoTracking().Where(s => s.CampaignId == campaignId && s.Bloc != null);
        if (supervisorUnitId is not null) query = query.Where(s => s.SupervisorUnitId == supervisorUnitId);
        return await query.Select(s => s.Bloc!).Distinct().OrderBy(b => b).ToListAsync(ct);
    }

    /// <summary>Every campaign, newest first, with the counts of the submissions in scope (one supervisor's units, or all).</summary>
    public async Task<IReadOnlyList<(Campaign Campaign, CampaignCounts Counts)>> ListAsync(string? supervisorUnitId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var campaigns = await db.Campaigns.AsNoTracking().OrderByDescending(c => c.Year).ThenByDescending(c => c.OpenedAt).ToListAsync(ct);
        var scoped = db.Submissions.AsNoTracking();
        if (supervisorUnitId is not null) scoped = scoped.Where(s => s.SupervisorUnitId == supervisorUnitId);
        var counts = await scoped.GroupBy(s => s.CampaignId).Select(g => new
        {
            CampaignId = g.Key,
            Expected = g.Count(),
            Submitted = g.Count(s => s.SubmittedAt != null),
            OnTime = g.Count(s => s.OnTime == true),
            Approved = g.Count(s => s.Status == SubmissionStatus.Approved),
        }).ToDictionaryAsync(x => x.CampaignId, x => new CampaignCounts(x.Expected, x.Submitted, x.OnTime, x.Approved), StringComparer.Ordinal, ct);
        return campaigns.Select(c => (c, counts.GetValueOrDefault(c.Id) ?? CampaignCounts.Empty)).ToList();
    }
}

/// <summary>A status change a unit's workflow records, at the engine clock's time.</summary>
public sealed record SubmissionChange(string Status, DateTime At, string? DocumentId, string? Data, string? InstanceId);

/// <summary>How many units are expected, have submitted (on time or late), are missing, and have been accepted.</summary>
public sealed record CampaignCounts(int Expected, int Submitted, int OnTime, int Approved)
{
    public static CampaignCounts Empty { get; } = new(0, 0, 0, 0);

    public int Late => Submitted - OnTime;
    public int Missing => Expected - Submitted;

    public static CampaignCounts Of(IReadOnlyCollection<CampaignSubmission> submissions)
    {
        ArgumentNullException.ThrowIfNull(submissions);
        return new(submissions.Count, submissions.Count(s => s.SubmittedAt is not null), submissions.Count(s => s.OnTime == true),
            submissions.Count(s => s.Status == SubmissionStatus.Approved));
    }

    /// <summary><c>{ expected, submitted, onTime, late, missing, approved }</c>.</summary>
    public JsonObject ToJson() => new()
    {
        ["expected"] = Expected, ["submitted"] = Submitted, ["onTime"] = OnTime, ["late"] = Late, ["missing"] = Missing, ["approved"] = Approved,
    };
}
