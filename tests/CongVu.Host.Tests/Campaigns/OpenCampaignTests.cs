using System.Text.Json.Nodes;
using CongVu.Engine.Execution;
using CongVu.Host.Campaigns;
using CongVu.Host.Campaigns.Persistence;
using CongVu.Host.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using CampaignOrganisation = CongVu.Host.Campaigns.Organisation;

namespace CongVu.Host.Tests.Campaigns;

public sealed class OpenCampaignTests(CampaignHostFixture fixture) : IClassFixture<CampaignHostFixture>
{
    private CampaignHost Host => fixture.Host;

    [Fact]
    public async Task OpenCampaign_Registration_CreatesCampaignAndOnePendingRowPerReportingUnit()
    {
        Host.Clock.Set(CampaignHost.February2027);
        var result = await Host.RunAsync("thu-mo-chien-dich", new JsonObject { ["kind"] = "dang-ky", ["year"] = 2027 });

        Assert.Equal(WorkflowSubStatus.Finished, result.SubStatus);
        var campaign = result.State.Variables["campaign"]!.AsObject();
        Assert.Equal("dang-ky-2027", campaign["id"]!.GetValue<string>());
        Assert.Equal("2027-02-15", campaign["dueDate"]!.GetValue<string>());
        Assert.Equal("15/02/2027", campaign["dueDateText"]!.GetValue<string>());
        Assert.Equal("Đăng ký thực hiện \"5 xây, 3 chống\" năm 2027", campaign["title"]!.GetValue<string>());
        // Supervisors, the unit without staff and the division are not expected; the ward counts through its division's staff.
        var units = result.State.Variables["units"]!.AsArray();
        Assert.Equal(CampaignHost.TestOrganisation.Expected, units.Select(u => u!["code"]!.GetValue<string>()));
        var ward = units.Single(u => u!["code"]!.GetValue<string>() == "PHUONG-HC")!;
        Assert.Equal("SNV", ward["supervisorCode"]!.GetValue<string>());
        Assert.Equal("Sở Nội vụ", ward["supervisorName"]!.GetValue<string>());
        Assert.Equal(Blocs.Government, ward["bloc"]!.GetValue<string>());
        Assert.Equal(["BTC-TU", "SNV"], result.State.Variables["supervisors"]!.AsArray().Select(u => u!["code"]!.GetValue<string>()));

        var rows = await Host.Campaigns.SubmissionsAsync("dang-ky-2027", null, null, default);
        Assert.Equal(CampaignHost.TestOrganisation.Expected, rows.Select(r => r.UnitCode));
        Assert.All(rows, r => Assert.Equal(SubmissionStatus.Pending, r.Status));
        Assert.All(rows, r => Assert.Null(r.SubmittedAt));
        Assert.Equal(result.InstanceId, (await Host.Campaigns.FindAsync("dang-ky-2027", default))!.InstanceId);
    }

    [Fact]
    public async Task OpenCampaign_SecondInstance_LeavesOnDuplicatePortAndWritesNothing()
    {
        var first = await Host.RunAsync("thu-mo-chien-dich", new JsonObject { ["kind"] = "ke-hoach", ["year"] = 2029 });
        var second = await Host.RunAsync("thu-mo-chien-dich", new JsonObject { ["kind"] = "ke-hoach", ["year"] = 2029, ["dueDate"] = "01/03" });

        Assert.Equal("", first.State.Variables["ketQua"]!.GetValue<string>());
        Assert.Equal("Trùng", second.State.Variables["ketQua"]!.GetValue<string>());
        var campaign = await Host.Campaigns.FindAsync("ke-hoach-2029", default);
        Assert.Equal(first.InstanceId, campaign!.InstanceId);
        Assert.Equal(new DateOnly(2029, 2, 15), campaign.DueDate);
        // The duplicate still names the campaign and its units, from what the first opener wrote.
        Assert.Equal("2029-02-15", second.State.Variables["campaign"]!["dueDate"]!.GetValue<string>());
        Assert.Equal(5, second.State.Variables["units"]!.AsArray().Count);
        Assert.Equal(5, (await Host.Campaigns.SubmissionsAsync("ke-hoach-2029", null, null, default)).Count);
    }

    [Fact]
    public async Task OpenAsync_RunAgainBySameInstance_IsIdempotent()
    {
        var chart = await Host.Get<CampaignOrganisation>().LoadAsync(default);
        var units = chart.Reporting(null, null);
        var campaign = new Campaign
        {
            Id = "dang-ky-2030", Kind = "dang-ky", Year = 2030, Period = "", Title = "Đăng ký 2030",
            DueDate = new DateOnly(2030, 2, 15), OpenedAt = DateTime.UtcNow, InstanceId = "instance-1",
        };

        var first = await Host.Campaigns.OpenAsync(campaign, units, default);
        var again = await Host.Campaigns.OpenAsync(campaign, units, default);

        Assert.True(first.Opened);
        Assert.True(again.Opened);
        using var scope = Host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CampaignsDbContext>();
        Assert.Equal(1, await db.Campaigns.CountAsync(c => c.Id == "dang-ky-2030"));
        Assert.Equal(5, await db.Submissions.CountAsync(s => s.CampaignId == "dang-ky-2030"));
    }

    [Fact]
    public async Task OpenCampaign_ReportWithoutPeriod_TakesTheHalfYearBeforeJulyAndTheYearAfter()
    {
        Host.Clock.Set(new DateTimeOffset(2031, 3, 1, 2, 0, 0, TimeSpan.Zero));
        var half = await Host.OpenAsync("bao-cao", 2031);
        Host.Clock.Set(new DateTimeOffset(2031, 7, 1, 2, 0, 0, TimeSpan.Zero));
        var year = await Host.OpenAsync("bao-cao", 2031);
        var complaints = await Host.OpenAsync("bao-cao-phan-anh", 2031);

        Assert.Equal("bao-cao-2031-6t", half);
        Assert.Equal("bao-cao-2031-nam", year);
        Assert.Equal("bao-cao-phan-anh-2031", complaints);
        Assert.Equal(new DateOnly(2031, 6, 15), (await Host.Campaigns.FindAsync(half, default))!.DueDate);
        Assert.Equal(new DateOnly(2031, 12, 15), (await Host.Campaigns.FindAsync(year, default))!.DueDate);
        Assert.Equal(new DateOnly(2031, 11, 10), (await Host.Campaigns.FindAsync(complaints, default))!.DueDate);
    }

    [Fact]
    public async Task OpenCampaign_PartyBloc_ExpectsOnlyPartyUnits()
    {
        var result = await Host.RunAsync("thu-mo-chien-dich", new JsonObject { ["kind"] = "ke-hoach", ["year"] = 2032, ["bloc"] = "Party" });

        Assert.Equal(CampaignHost.TestOrganisation.Party, result.State.Variables["units"]!.AsArray().Select(u => u!["code"]!.GetValue<string>()));
        Assert.Equal(CampaignHost.TestOrganisation.Party, (await Host.Campaigns.SubmissionsAsync("ke-hoach-2032", null, null, default)).Select(r => r.UnitCode));
    }

    [Fact]
    public async Task OpenCampaign_UnknownKind_FaultsWithTheReason()
    {
        var result = await Host.RunAsync("thu-mo-chien-dich", new JsonObject { ["kind"] = "thi-dua", ["year"] = 2033 });

        Assert.Equal(WorkflowSubStatus.Faulted, result.SubStatus);
        Assert.Contains("not a campaign kind", Assert.Single(result.State.Incidents).Message, StringComparison.Ordinal);
    }
}
