using System.Text.Json.Nodes;
using CongVu.Engine.Execution;
using CongVu.Engine.Persistence;
using CongVu.Host.Campaigns.Activities;
using Xunit;

namespace CongVu.Host.Tests.Campaigns;

public sealed class AwaitSubmissionsTests(CampaignHostFixture fixture) : IClassFixture<CampaignHostFixture>
{
    private CampaignHost Host => fixture.Host;

    private static DateTimeOffset Local(int year, int month, int day, int hour = 9, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.FromHours(7));

    [Fact]
    public async Task AwaitSubmissions_WaitsOnOneBookmark_AndCompletesWhenEveryUnitIsApproved()
    {
        Host.Clock.Set(Local(2027, 5, 1));
        var campaign = await Host.OpenAsync("bao-cao", 2027, "6t");
        var consolidation = await Host.RunAsync("thu-tong-hop", new JsonObject { ["campaignId"] = campaign, ["supervisorCode"] = "BTC-TU" });
        Assert.Equal(WorkflowSubStatus.Suspended, consolidation.SubStatus);
        var bookmark = Assert.Single(consolidation.State.Bookmarks);
        Assert.False(bookmark.AutoBurn);
        Assert.Equal(AwaitSubmissions.TypeName, bookmark.ActivityType);
        Assert.Equal(Local(2027, 6, 16, 0).UtcDateTime, bookmark.DueAt);

        await Host.RecordAsync(campaign, "MTTQ", "Approved");
        await Host.RecordAsync(campaign, "THANH-DOAN", "Submitted");
        await Host.RunDueAsync();
        var waiting = await Host.InstanceAsync(consolidation.InstanceId);
        Assert.Equal(WorkflowSubStatus.Suspended, waiting.SubStatus);
        Assert.Equal(bookmark.Id, Assert.Single(waiting.Bookmarks).Id);
        Assert.Null(waiting.Variables["summary"]);

        Host.Clock.Set(Local(2027, 6, 2));
        await Host.RecordAsync(campaign, "THANH-DOAN", "Approved");
        await Host.RunDueAsync();

        var done = await Host.InstanceAsync(consolidation.InstanceId);
        Assert.Equal(WorkflowSubStatus.Finished, done.SubStatus);
        var summary = done.Variables["summary"]!.AsObject();
        Assert.Equal("approved", summary["reason"]!.GetValue<string>());
        Assert.Equal(2, summary["expected"]!.GetValue<int>());
        Assert.Equal(["MTTQ", "THANH-DOAN"], summary["submitted"]!.AsArray().Select(u => u!["code"]!.GetValue<string>()));
        Assert.Empty(summary["late"]!.AsArray());
        Assert.Empty(summary["missing"]!.AsArray());
        // The deadline's timer went with the bookmark.
        Assert.DoesNotContain((await Host.Get<IWorkflowStore>().GetDueWorkAsync(DateTime.MaxValue, 1000)), w => w.InstanceId == consolidation.InstanceId);
    }

    [Fact]
    public async Task AwaitSubmissions_AtTheDeadline_ListsLateAndMissingUnitsWithTheirData()
    {
        Host.Clock.Set(Local(2028, 5, 1));
        var campaign = await Host.OpenAsync("bao-cao", 2028, "6t");
        var consolidation = await Host.RunAsync("thu-tong-hop", new JsonObject { ["campaignId"] = campaign, ["supervisorCode"] = "SNV", ["deadline"] = "20/06" });
        Assert.Equal(Local(2028, 6, 21, 0).UtcDateTime, Assert.Single(consolidation.State.Bookmarks).DueAt);

        Host.Clock.Set(Local(2028, 6, 10));
        var ratings = new JsonObject { ["ratings"] = new JsonObject { ["trachNhiem"] = "Tốt", ["quanLieu"] = "Khá" } };
        await Host.RecordAsync(campaign, "VP-UBND", "Submitted", ratings);
        await Host.RunAtAsync(Local(2028, 6, 15, 23, 59));
        Host.Clock.Set(Local(2028, 6, 17));
        await Host.RecordAsync(campaign, "SO-TC", "Submitted", new JsonObject { ["ratings"] = new JsonObject { ["trachNhiem"] = "Trung bình" } });
        await Host.RunAtAsync(Local(2028, 6, 20, 23, 59));
        Assert.Equal(WorkflowSubStatus.Suspended, (await Host.InstanceAsync(consolidation.InstanceId)).SubStatus);

        await Host.RunAtAsync(Local(2028, 6, 21, 0));

        var done = await Host.InstanceAsync(consolidation.InstanceId);
        Assert.Equal(WorkflowSubStatus.Finished, done.SubStatus);
        var summary = done.Variables["summary"]!.AsObject();
        Assert.Equal("deadline", summary["reason"]!.GetValue<string>());
        Assert.Equal(3, summary["expected"]!.GetValue<int>());
        var counts = summary["counts"]!.AsObject();
        Assert.Equal((3, 2, 1, 1, 1), (counts["expected"]!.GetValue<int>(), counts["submitted"]!.GetValue<int>(), counts["onTime"]!.GetValue<int>(),
            counts["late"]!.GetValue<int>(), counts["missing"]!.GetValue<int>()));
        var submitted = summary["submitted"]!.AsArray().ToDictionary(u => u!["code"]!.GetValue<string>());
        Assert.Equal(["SO-TC", "VP-UBND"], submitted.Keys);
        Assert.True(submitted["VP-UBND"]!["onTime"]!.GetValue<bool>());
        Assert.Equal("Tốt", submitted["VP-UBND"]!["data"]!["ratings"]!["trachNhiem"]!.GetValue<string>());
        Assert.Equal("10/06/2028 09:00", submitted["VP-UBND"]!["submittedAtText"]!.GetValue<string>());
        Assert.Equal("SO-TC", Assert.Single(summary["late"]!.AsArray())!["code"]!.GetValue<string>());
        Assert.Equal("Trung bình", summary["late"]![0]!["data"]!["ratings"]!["trachNhiem"]!.GetValue<string>());
        Assert.Equal("PHUONG-HC", Assert.Single(summary["missing"]!.AsArray())!["code"]!.GetValue<string>());
        Assert.Equal("Sở Tài chính", summary["lateNames"]!.GetValue<string>());
        Assert.Equal("UBND phường Hải Châu", summary["missingNames"]!.GetValue<string>());
        Assert.Equal("SNV", summary["supervisor"]!["code"]!.GetValue<string>());
        Assert.Equal("15/06/2028", summary["campaign"]!["dueDateText"]!.GetValue<string>());
    }

    [Fact]
    public async Task AwaitSubmissions_DeadlineAlreadyPassed_CompletesAtOnce()
    {
        Host.Clock.Set(Local(2029, 7, 1));
        var campaign = await Host.OpenAsync("bao-cao", 2029, "6t");

        var consolidation = await Host.RunAsync("thu-tong-hop", new JsonObject { ["campaignId"] = campaign, ["supervisorCode"] = "BTC-TU" });

        Assert.Equal(WorkflowSubStatus.Finished, consolidation.SubStatus);
        Assert.Equal(2, consolidation.State.Variables["summary"]!["counts"]!["missing"]!.GetValue<int>());
    }
}
