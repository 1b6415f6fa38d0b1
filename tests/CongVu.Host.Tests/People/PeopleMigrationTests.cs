using CongVu.Host.People;
using CongVu.Host.People.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CongVu.Host.Tests.People;

public sealed class PeopleMigrationTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "congvu-people-tests", Guid.NewGuid().ToString("N"));

    private static readonly Dictionary<string, string[]> ExpectedColumns = new()
    {
        ["AspNetUsers"] = ["Id", "FullName", "UnitId", "JobPosition", "UserName", "NormalizedUserName", "Email", "NormalizedEmail", "EmailConfirmed",
            "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "PhoneNumber", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnd",
            "LockoutEnabled", "AccessFailedCount"],
        ["AspNetRoles"] = ["Id", "Name", "NormalizedName", "ConcurrencyStamp"],
        ["AspNetUserRoles"] = ["UserId", "RoleId"],
        ["AspNetUserClaims"] = ["Id", "UserId", "ClaimType", "ClaimValue"],
        ["AspNetUserLogins"] = ["LoginProvider", "ProviderKey", "ProviderDisplayName", "UserId"],
        ["AspNetUserTokens"] = ["UserId", "LoginProvider", "Name", "Value"],
        ["AspNetRoleClaims"] = ["Id", "RoleId", "ClaimType", "ClaimValue"],
        ["Units"] = ["Id", "Code", "Name", "ParentUnitId", "HeadUserId", "Bloc", "SupervisorUnitId"],
    };

    [Fact]
    public async Task Migrate_Twice_CreatesEveryTableOnceAndKeepsData()
    {
        var file = Path.Combine(_folder, "nested", "people.db");
        await using (var db = Context(file))
        {
            await PeopleDatabase.MigrateAsync(db);
            db.Units.Add(new Unit { Code = "VP", Name = "Văn phòng" });
            await db.SaveChangesAsync();
        }
        await using (var db = Context(file))
        {
            await PeopleDatabase.MigrateAsync(db);
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Equal(["20261201000000_PeopleInitial"], await db.Database.GetAppliedMigrationsAsync());
            Assert.Equal("Văn phòng", (await db.Units.SingleAsync()).Name);
        }
        var schema = SqliteSchema.Read(file);
        foreach (var (table, columns) in ExpectedColumns)
            Assert.Equal(columns.Order(StringComparer.Ordinal), schema.Columns(table).Order(StringComparer.Ordinal));
        Assert.Equal(1L, SqliteSchema.Scalar(file, $"SELECT COUNT(*) FROM \"{PeopleDbContext.MigrationsHistoryTable}\""));
        Assert.Contains("UserNameIndex", schema.Indexes);
        Assert.Contains("RoleNameIndex", schema.Indexes);
        Assert.Contains("IX_Units_Code", schema.Indexes);
        Assert.Contains("IX_AspNetUsers_UnitId", schema.Indexes);
    }

    [Fact]
    public async Task Migration_MatchesTheModel()
    {
        // The migration is hand-written: the schema EF would create from the model is the reference it must equal.
        string migrated = Path.Combine(_folder, "migrated.db"), created = Path.Combine(_folder, "created.db");
        Directory.CreateDirectory(_folder);
        await using (var db = Context(migrated)) await PeopleDatabase.MigrateAsync(db);
        await using (var db = Context(created)) await db.Database.EnsureCreatedAsync();
        var expected = SqliteSchema.Read(created);
        var actual = SqliteSchema.Read(migrated);
        Assert.Equal(expected.Describe(), actual.Describe(exceptTables: [PeopleDbContext.MigrationsHistoryTable, "__EFMigrationsLock"]));
    }

    [Fact]
    public async Task Host_MigratesPeopleBesideTheEngineAndCreatesEveryRole()
    {
        using var host = new HostFactory();
        using var client = host.CreateClient();
        var schema = SqliteSchema.Read(host.DatabasePath);
        Assert.Contains("Instances", schema.Tables);
        Assert.Contains("__EFMigrationsHistory", schema.Tables);
        Assert.Contains(PeopleDbContext.MigrationsHistoryTable, schema.Tables);
        Assert.Contains("AspNetUsers", schema.Tables);
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PeopleDbContext>();
        Assert.Equal(Roles.All.Order(StringComparer.Ordinal), (await db.Roles.Select(r => r.Name!).ToListAsync()).Order(StringComparer.Ordinal));
        Assert.Empty(await db.Users.ToListAsync());
        Assert.NotNull(scope.ServiceProvider.GetService<IDbContextFactory<PeopleDbContext>>());
    }

    private static PeopleDbContext Context(string file)
    {
        var options = new DbContextOptionsBuilder<PeopleDbContext>();
        PeopleDatabase.Configure(options, $"Data Source={file}");
        return new PeopleDbContext(options.Options);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); }
        catch (DirectoryNotFoundException) { /* the test created nothing */ }
        catch (IOException) { /* a leftover temp folder is harmless */ }
    }
}
