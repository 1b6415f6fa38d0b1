using System.Net;
using CongVu.Host.People;
using CongVu.Host.People.Demo;
using CongVu.Host.People.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace CongVu.Host.Tests.People;

public sealed class DemoSeedingTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "congvu-people-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Demo_SeedsOrganisationAndAccountsOnce_AndNeverOverwrites()
    {
        using (var first = DemoHost.Create(_root, DemoHost.Password))
        {
            _ = first.Factory.Services;
            var names = first.Query(db => db.Users.Select(u => u.UserName!).ToList());
            Assert.Equal(DemoOrganisation.Accounts.Count, names.Count);
            Assert.Subset(names.ToHashSet(), new HashSet<string> { "admin", "canbo1", "canbo2", "giamdoc1", "truongphong1" });
            Assert.Equal("canbo1@congvu.example", first.Query(db => db.Users.Single(u => u.UserName == "canbo1").Email));
            Assert.Equal(DemoOrganisation.Units.Count, first.Query(db => db.Units.Count()));
            Assert.Equal(Roles.All.Count, first.Query(db => db.Roles.Count()));
            var office = first.Query(db => db.Units.Single(u => u.Name == "Văn phòng UBND"));
            var home = first.Query(db => db.Units.Single(u => u.Code == "SNV"));
            var head = first.Query(db => db.Users.Single(u => u.UserName == "truongphong1"));
            Assert.Equal(head.Id, office.HeadUserId);
            Assert.Equal(home.Id, office.SupervisorUnitId);
            Assert.Equal(Blocs.Party, first.Query(db => db.Units.Single(u => u.Name == "Ban Tổ chức Thành ủy").Bloc));
            Assert.Equal(office.Id, first.Query(db => db.Users.Single(u => u.UserName == "canbo1").UnitId));
            Assert.Equal([Roles.Reviewer, Roles.UnitHead], first.Query(db => RoleNames(db, head.Id)));
            first.Query(db =>
            {
                db.Users.Single(u => u.UserName == "canbo1").FullName = "Đã đổi tên";
                return db.SaveChanges();
            });
        }

        using var second = DemoHost.Create(_root, "Another-pass-9");
        using var browser = second.NewBrowser();
        using var signIn = await browser.SignInAsync("canbo1", DemoHost.Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(DemoOrganisation.Accounts.Count, second.Query(db => db.Users.Count()));
        Assert.Equal(DemoOrganisation.Units.Count, second.Query(db => db.Units.Count()));
        Assert.Equal(Roles.All.Count, second.Query(db => db.Roles.Count()));
        Assert.Equal("Đã đổi tên", second.Query(db => db.Users.Single(u => u.UserName == "canbo1").FullName));
    }

    [Fact]
    public async Task Demo_WithoutPassword_GeneratesOneAndLogsItOnce()
    {
        string password;
        using (var first = DemoHost.Create(_root, password: null))
        {
            _ = first.Factory.Services;
            var warning = Assert.Single(first.Logs.Entries, e => e.Message.Contains("password:", StringComparison.Ordinal));
            Assert.Equal(LogLevel.Warning, warning.Level);
            Assert.StartsWith("Demo accounts created; password: ", warning.Message, StringComparison.Ordinal);
            password = warning.Message["Demo accounts created; password: ".Length..].Split(' ')[0];
            Assert.True(password.Length >= 16);
            using var browser = first.NewBrowser();
            using var response = await browser.SignInAsync("truongphong1", password);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.True(browser.IsSignedIn);
        }
        using var second = DemoHost.Create(_root, password: null);
        _ = second.Factory.Services;
        Assert.DoesNotContain(second.Logs.Entries, e => e.Message.Contains("password", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(second.Logs.Entries, e => e.Message.Contains(password, StringComparison.Ordinal));
    }

    [Fact]
    public void Demo_WhenDisabled_CreatesRolesButNoAccounts()
    {
        using var host = new HostFactory();
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PeopleDbContext>();
        Assert.Equal(Roles.All.Count, db.Roles.Count());
        Assert.Empty(db.Users);
        Assert.Empty(db.Units);
    }

    private static List<string> RoleNames(PeopleDbContext db, string userId) =>
        (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == userId select r.Name!).ToList().Order(StringComparer.Ordinal).ToList();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_root, recursive: true); }
        catch (DirectoryNotFoundException) { /* nothing was created */ }
        catch (IOException) { /* a leftover temp folder is harmless */ }
    }
}
