using CongVu.Host.Documents.Persistence;
using CongVu.Host.Email;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CongVu.Host.Documents.Templates;

/// <summary>
/// The newest edited version of each template, held in memory and looked at again in the database at most every few
/// seconds (another process may have saved one), so rendering reads no database on the hot path.
/// </summary>
public sealed class TemplateOverrides(IDbContextFactory<DocumentsDbContext> factory) : ITemplateOverrides
{
    private const long FreshForMilliseconds = 5000;
    private readonly Lock _gate = new();
    private volatile Snapshot _snapshot = new(-1, new Dictionary<(string, string), string>());
    private long _nextCheck; // Environment.TickCount64 at which the database is looked at again

    private bool Due => Environment.TickCount64 >= Interlocked.Read(ref _nextCheck);

    public long Version => Current().Stamp;

    public string? Find(string kind, string name) => Current().Texts.GetValueOrDefault((kind, name));

    /// <summary>Makes the next read look at the database (after this process saved a version).</summary>
    public void Refresh() => Interlocked.Exchange(ref _nextCheck, 0);

    private Snapshot Current()
    {
        if (!Due) return _snapshot;
        lock (_gate)
        {
            if (!Due) return _snapshot;
            _snapshot = Load(_snapshot);
            Interlocked.Exchange(ref _nextCheck, Environment.TickCount64 + FreshForMilliseconds);
            return _snapshot;
        }
    }

    private Snapshot Load(Snapshot old)
    {
        try
        {
            using var db = factory.CreateDbContext();
            var stamp = db.TemplateVersions.Max(v => (long?)v.Id) ?? 0;
            if (stamp == old.Stamp) return old;
            var newest = db.TemplateVersions.GroupBy(v => new { v.Kind, v.Name }).Select(g => g.Max(v => v.Id));
            var texts = db.TemplateVersions.Where(v => newest.Contains(v.Id)).AsNoTracking().ToDictionary(v => (v.Kind, v.Name), v => v.Text);
            return new Snapshot(stamp, texts);
        }
        catch (SqliteException)
        {
            // Before the start-up migration has run there is nothing edited yet: the files are in use.
            return old;
        }
    }

    private sealed record Snapshot(long Stamp, IReadOnlyDictionary<(string Kind, string Name), string> Texts);
}
