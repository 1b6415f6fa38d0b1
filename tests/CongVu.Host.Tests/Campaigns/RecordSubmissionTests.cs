using System.Text.Json.Nodes;
using CongVu.Engine.Execution;
using CongVu.Host.Campaigns;
using Xunit;

namespace CongVu.Host.Tests.Campaigns;

public sealed class RecordSubmissionTests(CampaignHostFixture fixture) : IClassFixture<CampaignHostFixture>
{
    /// <summary>14/02/2027 23:59 and 15/02/2027 00:00 in Vietnam (UTC+7): "trước ngày 15/02" ends as 15/02 begins.</summary>
    private static readonly DateTimeOffset LastMinute = new(2027, 2, 14, 16, 59, 0, TimeSpan.Zero), NextDay = new(2027, 2, 14, 17, 0, 0, TimeSpan.Zero);

    private CampaignHost Host => fixture.Host;

    [Fact]
    public async Task RecordSubmission_TheMinuteBeforeTheDueDate_IsOnTime_AndAtItsMidnight_IsLate()
    {
        Host.Clock.Set(CampaignHost.February2027);
        var campaign = await Host.OpenAsync("ke-hoach", 2027);

        Host.Clock.Set(LastMinute);
        var onTime = await Host.RecordAsync(campaign, "VP-UBND", "Submitted");
        Host.Clock.Set(NextDay);
        var late = await Host.RecordAsync(campaign, "SO-TC", "Submitted");

        Assert.True(onTime["onTime"]!.GetValue<bool>());
        Assert.Equal("14/02/2027 23:59", onTime["submittedAtText"]!.GetValue<string>());
        Assert.Equal("Đúng hạn", onTime["timelinessText"]!.GetValue<string>());
        Assert.False(late["onTime"]!.GetValue<bool>());
        Assert.Equal("15/02/2027 00:00", late["submittedAtText"]!.GetValue<string>());
        Assert.Equal("Trễ hạn", late["timelinessText"]!.GetValue<string>());
        var rows = (await Host.Campaigns.SubmissionsAsync(campaign, null, null, default)).ToDictionary(r => r.UnitCode);
        Assert.True(rows["VP-UBND"].OnTime);
        Assert.Equal(LastMinute.UtcDateTime, rows["VP-UBND"].SubmittedAt);
        Assert.False(rows["SO-TC"].OnTime);
        Assert.Null(rows["MTTQ"].OnTime);
    }

    [Fact]
    public async Task RecordSubmission_ReturnedThenResubmittedLate_KeepsTheFirstSubmission()
    {
        Host.Clock.Set(CampaignHost.February2027);
        var campaign = await Host.OpenAsync("dang-ky", 2028, dueDate: "15/02/2027");
        Host.Clock.Set(LastMinute.AddHours(-2));
        await Host.RecordAsync(campaign, "MTTQ", "Submitted", new JsonObject { ["tuDanhGia"] = "Tốt" });
        Host.Clock.Set(NextDay.AddDays(1));
        await Host.RecordAsync(campaign, "MTTQ", "Returned");
        Host.Clock.Set(NextDay.AddDays(3));
        await Host.RecordAsync(campaign, "MTTQ", "Submitted", new JsonObject { ["tuDanhGia"] = "Khá" });
        Host.Clock.Set(NextDay.AddDays(4));
        var approved = await Host.RecordAsync(campaign, "MTTQ", "Approved");

        Assert.True(approved["onTime"]!.GetValue<bool>());
        Assert.Equal("14/02/2027 21:59", approved["submittedAtText"]!.GetValue<string>());
        Assert.Equal(SubmissionStatus.Approved, approved["status"]!.GetValue<string>());
        Assert.NotNull(approved["approvedAt"]);
        // The last data recorded stays: an approval without data does not erase the revised report.
        Assert.Equal("Khá", approved["data"]!["tuDanhGia"]!.GetValue<string>());
    }

    [Fact]
    public async Task RecordSubmission_SameChangeTwice_WritesOneRowAndKeepsTheFirstTime()
    {
        Host.Clock.Set(CampaignHost.February2027);
        var campaign = await Host.OpenAsync("ke-hoach", 2034, dueDate: "15/02/2027");
        await Host.RecordAsync(campaign, "THANH-DOAN", "Submitted");
        Host.Clock.Set(NextDay.AddDays(2));
        var again = await Host.RecordAsync(campaign, "THANH-DOAN", "Submitted");

        Assert.True(again["onTime"]!.GetValue<bool>());
        Assert.Equal("01/02/2027 09:00", again["submittedAtText"]!.GetValue<string>());
        Assert.Single(await Host.Campaigns.SubmissionsAsync(campaign, null, null, default), r => r.UnitCode == "THANH-DOAN");
    }

    [Fact]
    public async Task RecordSubmission_CampaignNotOpened_Faults()
    {
        var result = await Host.RunAsync("thu-nop", new JsonObject { ["campaignId"] = "dang-ky-1999", ["unitCode"] = "VP-UBND", ["status"] = "Submitted" });

        Assert.Equal(WorkflowSubStatus.Faulted, result.SubStatus);
        Assert.Contains("dang-ky-1999", Assert.Single(result.State.Incidents).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordSubmission_UnknownStatus_Faults()
    {
        var campaign = await Host.OpenAsync("dang-ky", 2035);
        var result = await Host.RunAsync("thu-nop", new JsonObject { ["campaignId"] = campaign, ["unitCode"] = "VP-UBND", ["status"] = "Done" });

        Assert.Equal(WorkflowSubStatus.Faulted, result.SubStatus);
    }
}
