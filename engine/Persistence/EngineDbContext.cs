using CongVu.Engine.Outbox;
using CongVu.Engine.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CongVu.Engine.Persistence;

/// <summary>The engine's database: definitions, instances, bookmarks, triggers, scheduled work, journal, incidents.</summary>
public sealed class EngineDbContext(DbContextOptions<EngineDbContext> options) : DbContext(options)
{
    public DbSet<DefinitionRecord> Definitions => Set<DefinitionRecord>();
    public DbSet<InstanceRecord> Instances => Set<InstanceRecord>();
    public DbSet<BookmarkRecord> Bookmarks => Set<BookmarkRecord>();
    public DbSet<TriggerRecord> Triggers => Set<TriggerRecord>();
    public DbSet<ScheduledWorkRecord> ScheduledWork => Set<ScheduledWorkRecord>();
    public DbSet<JournalRecord> Journal => Set<JournalRecord>();
    public DbSet<IncidentRecord> Incidents => Set<IncidentRecord>();
    public DbSet<ResumeKeyRecord> ResumeKeys => Set<ResumeKeyRecord>();
    public DbSet<CalendarDayRecord> CalendarDays => Set<CalendarDayRecord>();
    public DbSet<HumanTaskRecord> HumanTasks => Set<HumanTaskRecord>();
    public DbSet<HumanTaskEventRecord> HumanTaskEvents => Set<HumanTaskEventRecord>();
    public DbSet<OutboxMessageRecord> Outbox => Set<OutboxMessageRecord>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every timestamp is UTC; SQLite would hand them back as Unspecified otherwise.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<DefinitionRecord>(e =>
        {
            e.ToTable("Definitions");
            e.HasIndex(x => new { x.DefinitionId, x.Version }).IsUnique();
            e.HasIndex(x => x.Name);
        });
        modelBuilder.Entity<InstanceRecord>(e =>
        {
            e.ToTable("Instances");
            e.Property(x => x.Revision).IsConcurrencyToken();
            e.HasIndex(x => x.DefinitionId);
            e.HasIndex(x => x.CorrelationId);
            e.HasIndex(x => new { x.SubStatus, x.CreatedAt });
            e.HasIndex(x => x.CreatedAt);
        });
        modelBuilder.Entity<BookmarkRecord>(e =>
        {
            e.ToTable("Bookmarks");
            e.HasIndex(x => new { x.ActivityType, x.Hash });
            e.HasIndex(x => x.InstanceId);
        });
        modelBuilder.Entity<TriggerRecord>(e =>
        {
            e.ToTable("Triggers");
            e.HasIndex(x => new { x.ActivityType, x.Hash });
            e.HasIndex(x => x.DefinitionId);
        });
        modelBuilder.Entity<ScheduledWorkRecord>(e =>
        {
            e.ToTable("ScheduledWork");
            e.HasIndex(x => x.DueAt);
            e.HasIndex(x => x.InstanceId);
            e.HasIndex(x => x.DefinitionId);
        });
        modelBuilder.Entity<JournalRecord>(e =>
        {
            e.ToTable("Journal");
            e.HasIndex(x => new { x.InstanceId, x.Sequence });
            e.HasIndex(x => x.ActivityContextId);
        });
        modelBuilder.Entity<IncidentRecord>(e =>
        {
            e.ToTable("Incidents");
            e.HasIndex(x => x.InstanceId);
        });
        modelBuilder.Entity<ResumeKeyRecord>(e =>
        {
            e.ToTable("ResumeKeys");
            e.HasKey(x => x.Key);
        });
        modelBuilder.Entity<HumanTaskRecord>(e =>
        {
            e.ToTable("HumanTasks");
            e.HasIndex(x => new { x.AssigneeUserId, x.Status, x.DueAt });
            e.HasIndex(x => new { x.UnitId, x.Status, x.DueAt });
            e.HasIndex(x => new { x.Status, x.DueAt });
            e.HasIndex(x => x.InstanceId);
        });
        modelBuilder.Entity<HumanTaskEventRecord>(e =>
        {
            e.ToTable("HumanTaskEvents");
            e.HasIndex(x => new { x.TaskId, x.At });
            e.HasIndex(x => new { x.UserId, x.At });
        });
        modelBuilder.Entity<OutboxMessageRecord>(e =>
        {
            e.ToTable("Outbox");
            e.HasIndex(x => x.DedupeKey).IsUnique();
            e.HasIndex(x => new { x.Status, x.NextAttemptAt });
        });
        modelBuilder.Entity<CalendarDayRecord>(e =>
        {
            e.ToTable("CalendarDays");
            e.HasKey(x => x.Date);
        });
    }
}

/// <summary>Stores DateTime as UTC and reads it back with <see cref="DateTimeKind.Utc"/>.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
