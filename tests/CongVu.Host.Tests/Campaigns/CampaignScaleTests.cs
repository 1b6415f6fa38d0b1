using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using CongVu.Engine.Execution;
using CongVu.Host.People;
using Xunit;
using Xunit.Abstractions;

namespace CongVu.Host.Tests.Campaigns;

/// <summary>A province's size: 1,500 reporting units open in one bulk write; a unit of 2,000 staff lists quickly.</summary>
public sealed class CampaignScaleTests(CampaignHostFixture fixture, ITestOutputHelper output) : IClassFixture<CampaignHostFixture>
{
    private const int Units = 1_500, LargeUnitStaff = 2_000;

    private CampaignHost Host => fixture.Host;

    [Fact]
    public async Task OpenCampaign_1500Units_AndListStaff_2000Staff_AreQuick()
    {
        await SeedProvinceAsync();

        var open = Stopwatch.StartNew();
        var opened = await Host.RunAsync("thu-mo-chien-dich", new JsonObject { ["kind"] = "dang-ky", ["year"] = 2040 });
        open.Stop();
        var list = Stopwatch.StartNew();
        var listed = await Host.RunAsync("thu-danh-sach", new JsonObject { ["supervisorCode"] = "SNV", ["unitCode"] = "P-0000" });
        list.Stop();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"OpenCampaign for {Units + 5} units: {open.ElapsedMilliseconds} ms; ListUnits + ListStaff of {LargeUnitStaff} staff: {list.ElapsedMilliseconds} ms"));

        Assert.Equal(WorkflowSubStatus.Finished, opened.SubStatus);
        Assert.Equal(Units + 5, opened.State.Variables["units"]!.AsArray().Count);
        Assert.Equal(Units + 5, (await Host.Campaigns.SubmissionsAsync("dang-ky-2040", null, null, default)).Count);
        Assert.Equal(LargeUnitStaff, listed.State.Variables["staff"]!.AsArray().Count);
        // Generous bounds for a shared CI machine; the figures printed above are what to compare.
        Assert.InRange(open.ElapsedMilliseconds, 0, 10_000);
        Assert.InRange(list.ElapsedMilliseconds, 0, 5_000);
    }

    /// <summary>1,500 units under the two supervisors, one member of staff each, and 2,000 staff in the first.</summary>
    private Task SeedProvinceAsync() => Host.ExecuteAsync(async db =>
    {
        var snv = db.Units.Single(u => u.Code == "SNV").Id;
        var btc = db.Units.Single(u => u.Code == "BTC-TU").Id;
        var units = Enumerable.Range(0, Units).Select(i => new Unit
        {
            Code = string.Create(CultureInfo.InvariantCulture, $"P-{i:0000}"),
            Name = string.Create(CultureInfo.InvariantCulture, $"UBND phường số {i}"),
            Bloc = i % 5 == 0 ? Blocs.Party : Blocs.Government,
            SupervisorUnitId = i % 5 == 0 ? btc : snv,
        }).ToList();
        db.Units.AddRange(units);
        var staff = units.Select((u, i) => Person(u.Id, i)).Concat(Enumerable.Range(Units, LargeUnitStaff - 1).Select(i => Person(units[0].Id, i)));
        db.Users.AddRange(staff);
        await db.SaveChangesAsync();
    });

    private static AppUser Person(string unitId, int i)
    {
        var userName = string.Create(CultureInfo.InvariantCulture, $"cb{i:00000}");
        return new AppUser
        {
            UserName = userName,
            NormalizedUserName = userName.ToUpperInvariant(),
            FullName = string.Create(CultureInfo.InvariantCulture, $"Cán bộ {i}"),
            UnitId = unitId,
            JobPosition = "Chuyên viên",
            SecurityStamp = Guid.NewGuid().ToString("N"),
        };
    }
}
