using System.Text.Json.Nodes;
using CongVu.Engine.Execution;
using Xunit;

namespace CongVu.Host.Tests.Campaigns;

public sealed class ListUnitsTests(CampaignHostFixture fixture) : IClassFixture<CampaignHostFixture>
{
    private CampaignHost Host => fixture.Host;

    [Fact]
    public async Task ListUnits_OfSupervisor_ListsItsReportingUnits()
    {
        var result = await Host.RunAsync("thu-danh-sach", new JsonObject { ["supervisorCode"] = "SNV", ["unitCode"] = "VP-UBND" });

        Assert.Equal(WorkflowSubStatus.Finished, result.SubStatus);
        Assert.Equal(CampaignHost.TestOrganisation.Government, result.State.Variables["units"]!.AsArray().Select(u => u!["code"]!.GetValue<string>()));
        Assert.Equal(["SNV"], result.State.Variables["supervisors"]!.AsArray().Select(u => u!["code"]!.GetValue<string>()));
    }

    [Fact]
    public async Task ListUnits_OfBloc_ListsThatBlocOnly()
    {
        var result = await Host.RunAsync("thu-danh-sach", new JsonObject { ["bloc"] = "dang-doan-the", ["unitCode"] = "VP-UBND" });

        Assert.Equal(CampaignHost.TestOrganisation.Party, result.State.Variables["units"]!.AsArray().Select(u => u!["code"]!.GetValue<string>()));
    }

    [Fact]
    public async Task ListStaff_ListsUserNamesFullNamesAndPositions()
    {
        var result = await Host.RunAsync("thu-danh-sach", new JsonObject { ["unitCode"] = "VP-UBND" });

        var staff = result.State.Variables["staff"]!.AsArray().Select(s => s!.AsObject()).ToList();
        Assert.Equal(["cb.vp", "cb.vp2"], staff.Select(s => s["userName"]!.GetValue<string>()));
        Assert.Equal("Nguyễn Văn An", staff[0]["fullName"]!.GetValue<string>());
        Assert.Equal("Chuyên viên", staff[0]["jobPosition"]!.GetValue<string>());
    }

    [Fact]
    public async Task ListStaff_OfWard_IncludesItsDivisionsStaff()
    {
        var result = await Host.RunAsync("thu-danh-sach", new JsonObject { ["unitCode"] = "PHUONG-HC" });

        var member = Assert.Single(result.State.Variables["staff"]!.AsArray());
        Assert.Equal("cb.tccb", member!["userName"]!.GetValue<string>());
        Assert.Equal("TCCB-HC", member["unitCode"]!.GetValue<string>());
    }

    [Fact]
    public async Task ListStaff_UnknownUnit_Faults()
    {
        var result = await Host.RunAsync("thu-danh-sach", new JsonObject { ["unitCode"] = "KHONG-CO" });

        Assert.Equal(WorkflowSubStatus.Faulted, result.SubStatus);
        Assert.Contains("KHONG-CO", Assert.Single(result.State.Incidents).Message, StringComparison.Ordinal);
    }
}
