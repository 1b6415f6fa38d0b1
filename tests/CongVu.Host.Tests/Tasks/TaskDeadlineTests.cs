using CongVu.Engine.Execution;
using CongVu.Engine.Scheduling.Time;
using CongVu.Engine.Tasks;
using CongVu.Host.Tasks;
using Microsoft.Data.Sqlite;
using Xunit;

namespace CongVu.Host.Tests.Tasks;

/// <summary>
/// han-xu-ly.json: a task created on Monday 1 February 2027 due in 5 working days, across Tết (5–11 February) to
/// Monday 15 February 09:00; reminders 3 and 1 working days before, escalations 0 and 2 after, timeout 5 after.
/// </summary>
public sealed class TaskDeadlineTests
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    private static DateTimeOffset Local(int month, int day, int hour) => new(2027, month, day, hour, 0, 0, Vietnam);

    [Fact]
    public async Task RemindersEscalationsAndTimeout_FireOnceOnTheirWorkingDays_AcrossARestart()
    {
        var root = Path.Combine(Path.GetTempPath(), "congvu-task-tests", Guid.NewGuid().ToString("N"));
        var clock = new ManualClock(TaskHost.BeforeTet);
        try
        {
            string taskId, instanceId;
            using (var host = TaskHost.Start(clock, root))
            {
                instanceId = await host.StartAsync("test-han-xu-ly", []);
                var task = await host.OpenTaskAsync(instanceId);
                taskId = task.Id;
                Assert.Equal(Local(2, 15, 9), new DateTimeOffset(task.DueAt!.Value, TimeSpan.Zero));
                var planned = (await host.Store.GetDueWorkAsync(new DateTime(2100, 1, 1), 100)).Where(w => w.BookmarkId == taskId)
                    .ToDictionary(w => w.Id, w => new DateTimeOffset(w.DueAt, TimeSpan.Zero));
                Assert.Equal(5, planned.Count);
                Assert.Equal(Local(2, 3, 9), planned[$"task-{taskId}-Reminder-3"]);
                Assert.Equal(Local(2, 12, 9), planned[$"task-{taskId}-Reminder-1"]);
                Assert.Equal(Local(2, 15, 9), planned[$"task-{taskId}-Escalation-1"]);
                Assert.Equal(Local(2, 17, 9), planned[$"task-{taskId}-Escalation-2"]);
                Assert.Equal(Local(2, 22, 9), planned[$"task-{taskId}-timeout"]);
                await RunDaysAsync(host, 1, 9);
            }
            // Restarted in the middle of Tết, on the same database: what was sent stays sent.
            using (var host = TaskHost.Start(clock, root))
            {
                await RunDaysAsync(host, 10, 21);
                var sent = (await host.Tasks.ListTaskEventsAsync(taskId))
                    .Where(e => e.Kind is HumanTaskEventKind.Reminded or HumanTaskEventKind.Escalated)
                    .Select(e => (e.Kind, Level: System.Text.Json.Nodes.JsonNode.Parse(e.Data!)!["level"]!.GetValue<int>(), Day: DateOnly.FromDateTime(e.At + Vietnam)))
                    .ToList();
                Assert.Equal(
                    [
                        (HumanTaskEventKind.Reminded, 3, new DateOnly(2027, 2, 3)),
                        (HumanTaskEventKind.Reminded, 1, new DateOnly(2027, 2, 12)),
                        (HumanTaskEventKind.Escalated, 1, new DateOnly(2027, 2, 15)),
                        (HumanTaskEventKind.Escalated, 2, new DateOnly(2027, 2, 17)),
                    ],
                    sent);
                var messages = (await host.OutboxAsync()).Where(m => m.DedupeKey.Contains(taskId, StringComparison.Ordinal)).ToList();
                Assert.Equal(2, messages.Count(m => m.DedupeKey.StartsWith(HumanTaskNotificationKind.Reminder, StringComparison.Ordinal)));
                Assert.Equal(2, messages.Count(m => m.DedupeKey.StartsWith(HumanTaskNotificationKind.Escalation, StringComparison.Ordinal)));
                Assert.Equal(HumanTaskStatus.Open, (await host.Tasks.FindTaskAsync(taskId))!.Status);

                await RunDaysAsync(host, 22, 23);
                var timedOut = (await host.Tasks.FindTaskAsync(taskId))!;
                Assert.Equal((HumanTaskStatus.Completed, "Từ chối", (string?)null), (timedOut.Status, timedOut.Outcome, timedOut.CompletedBy));
                Assert.Equal(Local(2, 22, 17), new DateTimeOffset(timedOut.CompletedAt!.Value, TimeSpan.Zero));
                var last = (await host.Tasks.ListTaskEventsAsync(taskId))[^1];
                Assert.Equal((HumanTaskEventKind.TimedOut, "Quá hạn xử lý: hệ thống tự động chọn «Từ chối»."), (last.Kind, last.Comment));
                Assert.Equal("Finished", (await host.InstanceAsync(instanceId)).SubStatus);
                Assert.Equal("Từ chối", (await host.Store.LoadInstanceAsync(instanceId))!.State.Variables["ketQua"]!.GetValue<string>());
                Assert.Equal(0, await host.RunAtAsync(Local(3, 31, 9)));
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task CompletedBeforeDue_DropsItsDeadlineWork()
    {
        using var host = TaskHost.Start();
        var task = await host.OpenTaskAsync(await host.StartAsync("test-han-xu-ly", []));

        Assert.True((await host.Actions.CompleteAsync(await host.UserIdAsync("canbo1"), task.Id, "Duyệt", null, null)).Succeeded);

        Assert.DoesNotContain(await host.Store.GetDueWorkAsync(new DateTime(2100, 1, 1), 100), w => w.BookmarkId == task.Id);
        Assert.Equal(0, await host.RunAtAsync(Local(3, 31, 9)));
        Assert.Equal([HumanTaskEventKind.Created, HumanTaskEventKind.Completed], (await host.Tasks.ListTaskEventsAsync(task.Id)).Select(e => e.Kind));
    }

    [Fact]
    public async Task CancelledInstance_CancelsTheTaskAndItsDeadlineWork()
    {
        using var host = TaskHost.Start();
        var task = await host.OpenTaskAsync(await host.StartAsync("test-han-xu-ly", []));

        await host.Runtime.CancelAsync(task.InstanceId);

        Assert.Equal(HumanTaskStatus.Cancelled, (await host.Tasks.FindTaskAsync(task.Id))!.Status);
        Assert.DoesNotContain(await host.Store.GetDueWorkAsync(new DateTime(2100, 1, 1), 100), w => w.BookmarkId == task.Id);
    }

    [Fact]
    public async Task ResumeClaimingToBeTheSystem_WithoutTheTimeoutToken_IsRefused()
    {
        using var host = TaskHost.Start();
        var task = await host.OpenTaskAsync(await host.StartAsync("test-han-xu-ly", []));
        var forged = new TaskResumeInput("Từ chối", null, null, null, System: true, Token: "đoán-mò").ToJson();

        var rejected = await Assert.ThrowsAsync<ResumeRejectedException>(() => host.Runtime.ResumeAsync(task.Id, forged));

        Assert.Equal(TaskTexts.UserRequired, rejected.Problems["userId"]);
        Assert.Equal("Vui lòng nhập ý kiến khi chọn «Từ chối».", rejected.Problems["comment"]);
        Assert.Equal(HumanTaskStatus.Open, (await host.Tasks.FindTaskAsync(task.Id))!.Status);
    }

    /// <summary>Each day of February from <paramref name="first"/> to <paramref name="last"/>: a morning run, an evening run, and a repeat.</summary>
    private static async Task RunDaysAsync(TaskHost host, int first, int last)
    {
        for (var day = first; day <= last; day++)
        {
            await host.RunAtAsync(Local(2, day, 8));
            await host.RunAtAsync(Local(2, day, 17));
            Assert.Equal(0, await host.RunAtAsync(Local(2, day, 17)));
        }
    }
}
