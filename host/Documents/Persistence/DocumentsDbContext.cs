using Microsoft.EntityFrameworkCore;

namespace CongVu.Host.Documents.Persistence;

/// <summary>Documents, unit registers and edited templates, in the engine's database file with their own migration history.</summary>
public sealed class DocumentsDbContext(DbContextOptions<DocumentsDbContext> options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "__DocumentsMigrationsHistory";

    public DbSet<DocumentRecord> Documents => Set<DocumentRecord>();
    public DbSet<DocumentNumber> DocumentNumbers => Set<DocumentNumber>();
    public DbSet<TemplateVersion> TemplateVersions => Set<TemplateVersion>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<DocumentRecord>(e =>
        {
            e.ToTable("Documents");
            e.HasIndex(x => x.Key).IsUnique();
            e.HasIndex(x => new { x.UnitId, x.Year, x.Symbol, x.Number }).IsUnique();
            e.HasIndex(x => x.InstanceId);
        });
        modelBuilder.Entity<DocumentNumber>(e =>
        {
            e.ToTable("DocumentNumbers");
            e.HasKey(x => new { x.UnitId, x.Year, x.Symbol });
        });
        modelBuilder.Entity<TemplateVersion>(e =>
        {
            e.ToTable("TemplateVersions");
            e.HasIndex(x => new { x.Kind, x.Name, x.Id });
        });
    }
}
