using CongVu.Engine.Execution;
using CongVu.Engine.Persistence;
using CongVu.Host.Complaints.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CongVu.Host.Complaints;

/// <summary>Reads and writes cases. Never logs, and never hands out a reporter except through <see cref="FindReporterAsync"/>.</summary>
public sealed class ComplaintStore(IDbContextFactory<ComplaintsDbContext> factory, IDbContextFactory<EngineDbContext> engine, EngineEnvironment environment)
{
    public DateTime UtcNow => environment.Clock.UtcNow.UtcDateTime;

    public async Task<Complaint?> FindAsync(string id, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Complaints.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
    }

    public async Task<Complaint?> FindByCodeAsync(string? typed, CancellationToken ct)
    {
        if (TrackingCode.Normalize(typed) is not { } code) return null;
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Complaints.AsNoTracking().FirstOrDefaultAsync(c => c.TrackingCode == code, ct);
    }

    /// <summary>The reporter; callers have checked <see cref="ComplaintAccess.CanSeeIdentityAsync"/> or are sending the citizen a message.</summary>
    public async Task<ComplaintReporter?> FindReporterAsync(string complaintId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Reporters.AsNoTracking().FirstOrDefaultAsync(r => r.ComplaintId == complaintId, ct);
    }

    public async Task<CaseFile> LoadFileAsync(string complaintId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var extensions = await db.Extensions.AsNoTracking().Where(x => x.ComplaintId == complaintId).ToListAsync(ct);
        var attachments = await db.Attachments.AsNoTracking().Where(x => x.ComplaintId == complaintId).ToListAsync(ct);
        var events = await db.Events.AsNoTracking().Where(x => x.ComplaintId == complaintId).ToListAsync(ct);
        return new CaseFile([.. extensions.OrderBy(x => x.At)], [.. attachments.OrderBy(x => x.UploadedAt).ThenBy(x => x.Name, StringComparer.Ordinal)],
            [.. events.OrderBy(x => x.At).ThenBy(x => x.Id, StringComparer.Ordinal)]);
    }

    /// <summary>Writes a new case with its reporter, files and first history line, in one transaction; a code taken meanwhile is drawn again.</summary>
    public async Task CreateAsync(Complaint complaint, ComplaintReporter reporter, IReadOnlyList<ComplaintAttachment> attachments, ComplaintEvent received, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        await using var db = await factory.CreateDbContextAsync(ct);
        var year = environment.Clock.UtcNow.Year;
        while (await db.Complaints.AnyAsync(c => c.TrackingCode == complaint.TrackingCode, ct)) complaint.TrackingCode = TrackingCode.New(year);
        db.Complaints.Add(complaint);
        db.Reporters.Add(reporter);
        db.Attachments.AddRange(attachments);
        db.Events.Add(received);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Changes a case in one transaction; <paramref name="change"/> may add rows to the context (events, extensions).</summary>
    public async Task<Complaint> UpdateAsync(string complaintId, Func<Complaint, ComplaintsDbContext, Task> change, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(change);
        await using var db = await factory.CreateDbContextAsync(ct);
        var complaint = await db.Complaints.FirstOrDefaultAsync(c => c.Id == complaintId, ct)
            ?? throw new InvalidOperationException($"Complaint '{complaintId}' does not exist.");
        await change(complaint, db);
        await db.SaveChangesAsync(ct);
        return complaint;
    }

    /// <summary>Adds a history line unless one with its id exists (a replayed workflow step writes the same id).</summary>
    public static async Task AddEventOnceAsync(ComplaintsDbContext db, ComplaintEvent line, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(line);
        if (db.Events.Local.Any(e => e.Id == line.Id) || await db.Events.AnyAsync(e => e.Id == line.Id, ct)) return;
        db.Events.Add(line);
    }

    public async Task AddEventAsync(ComplaintEvent line, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        await AddEventOnceAsync(db, line, ct);
        await db.SaveChangesAsync(ct);
    }

    public async Task AddAttachmentsAsync(IReadOnlyList<ComplaintAttachment> attachments, ComplaintEvent line, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        db.Attachments.AddRange(attachments);
        db.Events.Add(line);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Whether the case's one supplement request has really been made: written by an execution other than
    /// <paramref name="currentKey"/> whose burst committed (its journal line exists). A request written by a burst that
    /// failed to commit never reached the citizen, so it does not count, and its replay may make it again.
    /// </summary>
    public async Task<bool> SupplementAlreadyRequestedAsync(Complaint complaint, string? currentKey, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        if (complaint.SupplementRequestedAt is null) return false;
        if (complaint.SupplementRequestKey is not { } key) return true;
        if (key == currentKey) return false;
        var parts = key.Split(':');
        if (parts.Length != 3) return true;
        await using var db = await engine.CreateDbContextAsync(ct);
        return await db.Journal.AsNoTracking().AnyAsync(j => j.InstanceId == parts[0] && j.ActivityContextId == parts[2], ct);
    }
}

/// <summary>What belongs to a case besides its row: extensions, attachments, history (oldest first).</summary>
public sealed record CaseFile(IReadOnlyList<ComplaintExtension> Extensions, IReadOnlyList<ComplaintAttachment> Attachments, IReadOnlyList<ComplaintEvent> Events);
