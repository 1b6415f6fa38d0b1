using Microsoft.EntityFrameworkCore;

namespace CongVu.Host.Campaigns.Persistence;

/// <summary>Campaigns and the units' submissions, in the engine's database file with their own migration history.</summary>
public sealed class CampaignsDbContext(DbContextOptions<CampaignsDbContext> options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "__CampaignsMigrationsHistory";

    public DbSet<Campaign> Campaigns => Set<Campaign>();
    public DbSet<CampaignSubmission> Submissions => Set<CampaignSubmission>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<Campaign>(e =>
        {
            e.ToTable("Campaigns");
            e.HasKey(x => x.Id);
            e.Property(x => x.Kind).IsRequired();
            e.Property(x => x.Period).IsRequired();
            e.Property(x => x.Title).IsRequired();
            e.HasIndex(x => new { x.Kind, x.Year });
        });
        modelBuilder.Entity<CampaignSubmission>(e =>
        {
            e.ToTable("CampaignSubmissions");
            // One row per unit and campaign: the natural key makes every write an idempotent upsert.
            e.HasKey(x => new { x.CampaignId, x.UnitId });
            e.Property(x => x.UnitCode).IsRequired();
            e.Property(x => x.UnitName).IsRequired();
            e.Property(x => x.Status).IsRequired();
            e.HasOne<Campaign>().WithMany().HasForeignKey(x => x.CampaignId).OnDelete(DeleteBehavior.Cascade);
            // The dashboard and the consolidation read one campaign's units of one supervisor.
            e.HasIndex(x => new { x.CampaignId, x.SupervisorUnitId });
        });
    }
}
