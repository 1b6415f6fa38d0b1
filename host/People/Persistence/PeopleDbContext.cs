using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CongVu.Host.People.Persistence;

/// <summary>Accounts, roles and the organisation tree, in the engine's database file with their own migration history.</summary>
public sealed class PeopleDbContext(DbContextOptions<PeopleDbContext> options)
    : IdentityDbContext<AppUser, IdentityRole, string>(options)
{
    public const string MigrationsHistoryTable = "__PeopleMigrationsHistory";

    public DbSet<Unit> Units => Set<Unit>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<AppUser>(e =>
        {
            e.Property(x => x.FullName).IsRequired();
            e.HasOne<Unit>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<Unit>(e =>
        {
            e.ToTable("Units");
            e.HasIndex(x => x.Code).IsUnique();
            e.Property(x => x.Code).IsRequired();
            e.Property(x => x.Name).IsRequired();
            e.HasOne<Unit>().WithMany().HasForeignKey(x => x.ParentUnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Unit>().WithMany().HasForeignKey(x => x.SupervisorUnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => x.HeadUserId);
        });
    }
}
