using System.Text.Json.Nodes;
using CongVu.Engine.Execution;
using CongVu.Engine.Tasks;
using CongVu.Host.Tasks;
using Xunit;

namespace CongVu.Host.Tests.Tasks;

/// <summary>The repository's "Phê duyệt hai bước" workflow, driven through the task service as the inbox drives it.</summary>
public sealed class TwoStepApprovalTests : IClassFixture<TwoStepApprovalTests.Host>
{
    private readonly TaskHost _host;

    public TwoStepApprovalTests(Host host) => _host = host.Value;

    /// <summary>One host for the class; each test starts its own instances.</summary>
    public sealed class Host : IDisposable
    {
        public TaskHost Value { get; } = TaskHost.Start();

        public void Dispose() => Value.Dispose();
    }

    private static JsonObject Draft(string title) => new() { ["tieuDe"] = title, ["noiDung"] = "Phạm vi, nội dung và tiến độ thực hiện." };

    [Fact]
    public async Task DraftReturnReviseApprove_FinishesWithHistory()
    {
        var drafter = await _host.UserIdAsync("canbo1");
        var head = await _host.UserIdAsync("truongphong1");
        var instanceId = await _host.StartAsync("phe-duyet-hai-buoc", new JsonObject { ["drafter"] = "canbo1" });

        var draft = await _host.OpenTaskAsync(instanceId);
        Assert.Equal(drafter, draft.AssigneeUserId);
        Assert.Equal("Soạn và trình văn bản", draft.Title);
        Assert.Equal(UserTask.TypeName, (await _host.Store.FindBookmarkAsync(draft.Id))?.ActivityType);
        Assert.True((await _host.Actions.CompleteAsync(drafter, draft.Id, "Trình", null, Draft("Kế hoạch cải cách hành chính năm 2027"))).Succeeded);

        var review = await _host.OpenTaskAsync(instanceId);
        Assert.Equal(head, review.AssigneeUserId);
        Assert.Equal(drafter, review.SubmitterUserId);
        Assert.Equal("Duyệt: Kế hoạch cải cách hành chính năm 2027", review.Title);
        Assert.Equal(TaskHost.BeforeTet.AddDays(3).UtcDateTime, review.DueAt);
        var data = TaskData.Parse(review.Data);
        Assert.Equal(["Duyệt", "Trả lại", "Từ chối"], data.Outcomes.Select(o => o.Name));
        Assert.Equal([false, true, true], data.Outcomes.Select(o => o.RequiresComment));
        Assert.Contains("<h2>Kế hoạch cải cách hành chính năm 2027</h2>", data.Document!.Html, StringComparison.Ordinal);

        var noComment = await _host.Actions.CompleteAsync(head, review.Id, "Trả lại", null, null);
        Assert.Equal(TaskActionStatus.Invalid, noComment.Status);
        Assert.Equal("Vui lòng nhập ý kiến khi chọn «Trả lại».", noComment.FieldErrors["comment"]);
        Assert.True((await _host.Actions.CompleteAsync(head, review.Id, "Trả lại", "Bổ sung số liệu quý IV.", null)).Succeeded);

        var revision = await _host.OpenTaskAsync(instanceId);
        Assert.Equal(drafter, revision.AssigneeUserId);
        Assert.Equal("Trưởng phòng trả lại với ý kiến: Bổ sung số liệu quý IV.", revision.Description);
        Assert.True((await _host.Actions.CompleteAsync(drafter, revision.Id, "Trình", null, Draft("Kế hoạch cải cách hành chính năm 2027 (bổ sung)"))).Succeeded);
        var second = await _host.OpenTaskAsync(instanceId);
        Assert.True((await _host.Actions.CompleteAsync(head, second.Id, "Duyệt", null, null)).Succeeded);

        var instance = await _host.InstanceAsync(instanceId);
        Assert.Equal("Finished", instance.SubStatus);
        var state = (await _host.Store.LoadInstanceAsync(instanceId))!.State;
        Assert.Equal("Duyệt", state.Variables["ketQua"]!.GetValue<string>());
        Assert.Equal("Kế hoạch cải cách hành chính năm 2027 (bổ sung)", state.Variables["tieuDe"]!.GetValue<string>());
        var done = (await _host.Tasks.ListTasksAsync(new TaskQuery { InstanceId = instanceId, Status = HumanTaskStatus.Completed })).Items;
        Assert.Equal(4, done.Count);
        var returned = await _host.Tasks.ListTaskEventsAsync(review.Id);
        Assert.Equal([HumanTaskEventKind.Created, HumanTaskEventKind.Completed], returned.Select(e => e.Kind));
        Assert.Equal("Bổ sung số liệu quý IV.", returned[1].Comment);
        Assert.Equal(head, returned[1].UserId);
        var outbox = await _host.OutboxAsync();
        Assert.Equal(4, outbox.Count(m => m.DedupeKey.StartsWith($"{HumanTaskNotificationKind.Completed}:", StringComparison.Ordinal) && done.Any(t => m.DedupeKey.Contains(t.Id, StringComparison.Ordinal))));
    }

    [Fact]
    public async Task SubmitterActingOnOwnStep_IsRefused()
    {
        var drafter = await _host.UserIdAsync("canbo1");
        var instanceId = await _host.StartAsync("phe-duyet-hai-buoc", new JsonObject { ["drafter"] = "canbo1" });
        var draft = await _host.OpenTaskAsync(instanceId);
        await _host.Actions.CompleteAsync(drafter, draft.Id, "Trình", null, Draft("Tờ trình mua sắm thiết bị"));
        var review = await _host.OpenTaskAsync(instanceId);

        var refused = await _host.Actions.CompleteAsync(drafter, review.Id, "Duyệt", null, null);
        Assert.Equal(TaskActionStatus.Forbidden, refused.Status);
        Assert.Equal(TaskTexts.FourEyes, refused.Message);
        Assert.False(await _host.Actions.CanActAsync(drafter, review));
        // The engine refuses it too, whoever calls it.
        var resume = new TaskResumeInput("Duyệt", null, drafter, null).ToJson();
        var rejected = await Assert.ThrowsAsync<ResumeRejectedException>(() => _host.Runtime.ResumeAsync(review.Id, resume));
        Assert.Equal("Người trình không được tự duyệt bước này.", rejected.Problems["userId"]);
        // Nor can the head hand it back to the drafter.
        var head = await _host.UserIdAsync("truongphong1");
        Assert.Equal(TaskTexts.FourEyes, (await _host.Actions.ReassignAsync(head, review.Id, "canbo1", "Nhờ xử lý thay")).FieldErrors["toUser"]);
        Assert.Equal(HumanTaskStatus.Open, (await _host.Tasks.FindTaskAsync(review.Id))!.Status);
    }

    [Fact]
    public async Task NotifierFailure_FaultsWithoutAHalfMadeTask_AndRetryCreatesOne()
    {
        var drafter = await _host.UserIdAsync("canbo1");
        var instanceId = await _host.StartAsync("phe-duyet-hai-buoc", new JsonObject { ["drafter"] = "canbo1" });
        var draft = await _host.OpenTaskAsync(instanceId);
        await _host.Actions.CompleteAsync(drafter, draft.Id, "Trình", null, Draft($"Công văn {RecordingNotifier.FailOnceTitle}"));

        Assert.Equal("Faulted", (await _host.InstanceAsync(instanceId)).SubStatus);
        Assert.Empty(await _host.Store.ListBookmarksAsync(instanceId));
        Assert.Empty((await _host.Tasks.ListTasksAsync(new TaskQuery { InstanceId = instanceId })).Items);

        await _host.Runtime.RetryAsync(instanceId);

        var review = await _host.OpenTaskAsync(instanceId);
        Assert.Equal(review.Id, Assert.Single(await _host.Store.ListBookmarksAsync(instanceId)).Id);
        Assert.Equal("Suspended", (await _host.InstanceAsync(instanceId)).SubStatus);
    }

    [Fact]
    public async Task HeadDraftingForOwnUnit_LeavesNoApprover_Incident()
    {
        var head = await _host.UserIdAsync("truongphong1");
        var instanceId = await _host.StartAsync("phe-duyet-hai-buoc", new JsonObject { ["drafter"] = "truongphong1" });
        var draft = await _host.OpenTaskAsync(instanceId);
        Assert.True((await _host.Actions.CompleteAsync(head, draft.Id, "Trình", null, Draft("Báo cáo tháng"))).Succeeded);

        Assert.Equal("Faulted", (await _host.InstanceAsync(instanceId)).SubStatus);
        var incident = Assert.Single(await _host.Store.ListIncidentsAsync(instanceId));
        Assert.Contains("Trưởng phòng duyệt", incident.Message, StringComparison.Ordinal);
        Assert.Contains("four-eyes", incident.Message, StringComparison.Ordinal);
    }
}
