using System.Globalization;
using System.Net;
using System.Text;
using CongVu.Host.People;
using CongVu.Host.People.Persistence;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CongVu.Host.Tests.People;

/// <summary>The seeded demo organisation: two blocs under their supervisors, every unit staffed with a head, a reviewer and staff.</summary>
public sealed class DemoOrganisationTests(DemoHost host) : IClassFixture<DemoHost>
{
    [Fact]
    public void Units_BothBlocsHaveTwentyUnits_EachReportingToTheSupervisorOfItsBloc()
    {
        var units = host.Query(db => db.Units.AsNoTracking().ToList());
        var snv = units.Single(u => u.Code == "SNV");
        var btc = units.Single(u => u.Code == "BTC-TU");
        Assert.Equal(("Sở Nội vụ", Blocs.Government, (string?)null), (snv.Name, snv.Bloc, snv.SupervisorUnitId));
        Assert.Equal(("Ban Tổ chức Thành ủy", Blocs.Party, (string?)null), (btc.Name, btc.Bloc, btc.SupervisorUnitId));
        Assert.True(units.Count(u => u.Bloc == Blocs.Government) >= 20);
        Assert.True(units.Count(u => u.Bloc == Blocs.Party) >= 20);

        var reporting = units.Where(u => u.SupervisorUnitId is not null).ToList();
        Assert.True(reporting.Count >= 40);
        Assert.All(reporting, u => Assert.Equal(u.Bloc == Blocs.Government ? snv.Id : btc.Id, u.SupervisorUnitId));
        // Only the two roots (UBND thành phố, Thành ủy) and the two supervisors report to no one.
        Assert.Equal(["BTC-TU", "SNV", "TU", "UBND-TP"], units.Where(u => u.SupervisorUnitId is null).Select(u => u.Code).Order(StringComparer.Ordinal));
        foreach (var name in new[] { "Văn phòng UBND", "Sở Tài chính", "Sở Y tế", "UBND quận Ninh Kiều", "UBND phường Tân An", "Văn phòng Thành ủy",
                     "Ban Tuyên giáo Thành ủy", "Ủy ban MTTQ Việt Nam thành phố", "Thành đoàn", "Hội Liên hiệp Phụ nữ thành phố", "Liên đoàn Lao động thành phố" })
            Assert.Contains(units, u => u.Name == name);
        Assert.Equal(units.Single(u => u.Code == "UBND-NK").Id, units.Single(u => u.Code == "P-TANAN").ParentUnitId);
    }

    [Fact]
    public void EveryReportingUnit_HasItsHeadAndAReviewerAndStaff_WithPositions()
    {
        var (units, people) = Organisation();
        foreach (var unit in units.Where(u => u.SupervisorUnitId is not null))
        {
            var staff = people.Where(p => p.UnitId == unit.Id).ToList();
            var head = Assert.Single(staff, p => p.Id == unit.HeadUserId);
            Assert.Contains(Roles.UnitHead, head.Roles);
            Assert.Contains(staff, p => p.Roles.Contains(Roles.Reviewer) && p.Id != head.Id);
            Assert.Contains(staff, p => p.Roles.Contains(Roles.Staff));
        }
        var withPosition = people.Where(p => p.Roles.Contains(Roles.Staff) && !string.IsNullOrWhiteSpace(p.JobPosition)).ToList();
        Assert.True(withPosition.Count >= 200, $"{withPosition.Count} staff with a job position");
        Assert.True(withPosition.Select(p => p.JobPosition).Distinct().Count() >= 15);
        Assert.Contains(withPosition, p => p.JobPosition == "Chuyên viên chính");
        Assert.Contains(withPosition, p => p.JobPosition == "Kế toán");
        Assert.Contains(withPosition, p => p.JobPosition == "Văn thư");
    }

    [Fact]
    public void SupervisorUnits_StaffAreSupervisors_AndTheNamedAccountsKeepTheirPlaces()
    {
        var (units, people) = Organisation();
        foreach (var code in new[] { "SNV", "BTC-TU" })
        {
            var unit = units.Single(u => u.Code == code);
            var staff = people.Where(p => p.UnitId == unit.Id).ToList();
            Assert.True(staff.Count >= 5);
            Assert.All(staff, p => Assert.Contains(Roles.Supervisor, p.Roles));
            Assert.NotNull(unit.HeadUserId);
        }
        var office = units.Single(u => u.Code == "VP-UBND");
        // The sample workflow and the task tests count on exactly these people in Văn phòng UBND.
        Assert.Equal(["canbo1", "canbo2", "truongphong1"], people.Where(p => p.UnitId == office.Id).Select(p => p.UserName).Order(StringComparer.Ordinal));
        Assert.Equal(people.Single(p => p.UserName == "truongphong1").Id, office.HeadUserId);
        Assert.Equal(people.Single(p => p.UserName == "giamdoc1").Id, units.Single(u => u.Code == "SNV").HeadUserId);
        Assert.Equal([Roles.Admin], people.Single(p => p.UserName == "admin").Roles);
    }

    [Fact]
    public void Accounts_FollowTheNamingScheme_WithVietnameseFullNames()
    {
        var (units, people) = Organisation();
        var codes = units.ToDictionary(u => u.Id, u => u.Code.ToLowerInvariant());
        var named = new[] { "admin", "canbo1", "canbo2", "truongphong1", "giamdoc1" };
        foreach (var person in people.Where(p => !named.Contains(p.UserName)))
        {
            Assert.True(person.UserName.All(char.IsAscii), person.UserName);
            var (prefix, place) = (person.UserName[..person.UserName.LastIndexOf('.')], person.UserName[(person.UserName.LastIndexOf('.') + 1)..]);
            Assert.Equal(codes[person.UnitId!], prefix);
            Assert.True(place is "thutruong" or "quanly" || (place.StartsWith("canbo", StringComparison.Ordinal) && place[5..].All(char.IsAsciiDigit)), person.UserName);
            Assert.Equal(place == "thutruong", person.Roles.Contains(Roles.UnitHead));
            Assert.Equal($"{person.UserName}@congvu.example", person.Email);

            Assert.True(person.FullName.IsNormalized(NormalizationForm.FormC), person.FullName);
            var words = person.FullName.Split(' ');
            Assert.InRange(words.Length, 3, 4);
            Assert.All(words, w => Assert.True(char.IsUpper(w[0]) && w.Skip(1).All(char.IsLower), person.FullName));
        }
        // Southern Vietnam: Nguyễn is the most common family name, and the diacritics are there.
        var families = people.Select(p => p.FullName.Split(' ')[0]).GroupBy(f => f).OrderByDescending(g => g.Count()).ToList();
        Assert.Equal("Nguyễn", families[0].Key);
        Assert.Contains(people, p => p.FullName.Contains("Thị", StringComparison.Ordinal));
        Assert.True(people.Select(p => p.FullName).Distinct().Count() > people.Count * 0.8);
    }

    [Fact]
    public async Task GeneratedAccount_SignsInWithTheSharedDemoPassword()
    {
        using var browser = host.NewBrowser();
        using var response = await browser.SignInAsync("stc.canbo01", DemoHost.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(browser.IsSignedIn);
    }

    [Fact]
    public void Seeding_IsFast_AndLogged()
    {
        var entry = Assert.Single(host.Logs.Entries, e => e.Message.StartsWith("Demo accounts created", StringComparison.Ordinal));
        var milliseconds = int.Parse(entry.Message[(entry.Message.LastIndexOf("; ", StringComparison.Ordinal) + 2)..].Split(' ')[0], CultureInfo.InvariantCulture);
        // A few hundred accounts share one password hash; hashing per account would take several seconds.
        Assert.InRange(milliseconds, 0, 5_000);
    }

    private sealed record Person(string Id, string UserName, string FullName, string? Email, string? UnitId, string? JobPosition, List<string> Roles);

    private (List<Unit> Units, List<Person> People) Organisation() => host.Query(db =>
    {
        var roles = (from link in db.UserRoles join role in db.Roles on link.RoleId equals role.Id select new { link.UserId, role.Name }).ToList()
            .ToLookup(x => x.UserId, x => x.Name!);
        var people = db.Users.AsNoTracking().ToList()
            .Select(u => new Person(u.Id, u.UserName!, u.FullName, u.Email, u.UnitId, u.JobPosition, roles[u.Id].ToList())).ToList();
        return (db.Units.AsNoTracking().ToList(), people);
    });
}
