using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CongVu.Host.Complaints.Persistence;

/// <summary>Cases, their reporters (a table of its own), extensions, attachments and history, in the engine's database file.</summary>
public sealed class ComplaintsDbContext(DbContextOptions<ComplaintsDbContext> options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "__ComplaintsMigrationsHistory";

    public DbSet<Complaint> Complaints => Set<Complaint>();
    public DbSet<ComplaintReporter> Reporters => Set<ComplaintReporter>();
    public DbSet<ComplaintExtension> Extensions => Set<ComplaintExtension>();
    public DbSet<ComplaintAttachment> Attachments => Set<ComplaintAttachment>();
    public DbSet<ComplaintEvent> Events => Set<ComplaintEvent>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<Complaint>(e =>
        {
            e.ToTable("Complaints");
            e.HasIndex(x => x.TrackingCode).IsUnique();
            e.HasIndex(x => x.InstanceId);
            e.HasIndex(x => new { x.UnitId, x.ReceivedAt });
            e.HasIndex(x => new { x.ReceivingUnitId, x.ReceivedAt });
            e.HasIndex(x => x.ReceivedAt);
            e.Ignore(x => x.IsOpen);
        });
        modelBuilder.Entity<ComplaintReporter>(e =>
        {
            e.ToTable("ComplaintReporters");
            e.HasKey(x => x.ComplaintId);
            e.HasOne<Complaint>().WithOne().HasForeignKey<ComplaintReporter>(x => x.ComplaintId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ComplaintExtension>(e =>
        {
            e.ToTable("ComplaintExtensions");
            e.HasIndex(x => x.ComplaintId);
            e.HasOne<Complaint>().WithMany().HasForeignKey(x => x.ComplaintId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ComplaintAttachment>(e =>
        {
            e.ToTable("ComplaintAttachments");
            e.HasIndex(x => x.ComplaintId);
            e.HasOne<Complaint>().WithMany().HasForeignKey(x => x.ComplaintId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ComplaintEvent>(e =>
        {
            e.ToTable("ComplaintEvents");
            e.HasIndex(x => new { x.ComplaintId, x.At });
            e.HasOne<Complaint>().WithMany().HasForeignKey(x => x.ComplaintId).OnDelete(DeleteBehavior.Cascade);
        });

        // SQLite keeps no kind: every stored time is UTC, and comes back marked so.
        var utc = new ValueConverter<DateTime, DateTime>(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
        var utcNullable = new ValueConverter<DateTime?, DateTime?>(v => v, v => v.HasValue ? DateTime.SpecifyKind(v.Value, DateTimeKind.Utc) : v);
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(t => t.GetProperties()))
        {
            if (property.ClrType == typeof(DateTime)) property.SetValueConverter(utc);
            else if (property.ClrType == typeof(DateTime?)) property.SetValueConverter(utcNullable);
        }
    }
}
