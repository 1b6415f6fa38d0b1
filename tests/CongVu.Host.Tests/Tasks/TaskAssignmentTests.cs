using System.Text.Json.Nodes;
using CongVu.Engine.Tasks;
using CongVu.Host.People;
using CongVu.Host.People.Persistence;
using CongVu.Host.Tasks;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CongVu.Host.Tests.Tasks;

/// <summary>A group task (nhom-xu-ly.json: Staff of VP-UBND, submitted by its head): claiming, handing over, who sees what.</summary>
public sealed class TaskAssignmentTests : IClassFixture<TaskAssignmentTests.Host>
{
    private readonly TaskHost _host;

    public TaskAssignmentTests(Host host) => _host = host.Value;

    /// <summary>One host for the class; each test starts its own instance.</summary>
    public sealed class Host : IDisposable
    {
        public TaskHost Value { get; } = TaskHost.Start();

        public void Dispose() => Value.Dispose();
    }

    private async Task<HumanTaskRecord> StartGroupTaskAsync(string fileNumber) =>
        await _host.OpenTaskAsync(await _host.StartAsync("test-nhom-xu-ly", new JsonObject { ["soHoSo"] = fileNumber, ["submittedBy"] = "truongphong1" }));

    [Fact]
    public async Task TwoClaimsAtOnce_OneWins_ThenReleaseReopensTheGroup()
    {
        var (canbo1, canbo2) = (await _host.UserIdAsync("canbo1"), await _host.UserIdAsync("canbo2"));
        var task = await StartGroupTaskAsync("HS-001");
        Assert.Null(task.AssigneeUserId);
        Assert.Equal("Xử lý hồ sơ HS-001", task.Title);
        Assert.Equal(new[] { canbo1, canbo2 }.Order(StringComparer.Ordinal), TaskUserList.Split(task.CandidateUsers).Order(StringComparer.Ordinal));

        var results = await Task.WhenAll(_host.Actions.ClaimAsync(canbo1, task.Id), _host.Actions.ClaimAsync(canbo2, task.Id));

        Assert.Single(results, r => r.Succeeded);
        var winner = results[0].Succeeded ? canbo1 : canbo2;
        var loser = winner == canbo1 ? canbo2 : canbo1;
        Assert.Equal(TaskTexts.ClaimedByOther, Assert.Single(results, r => !r.Succeeded).Message);
        var claimed = (await _host.Tasks.FindTaskAsync(task.Id))!;
        Assert.Equal(winner, claimed.AssigneeUserId);
        Assert.False(await _host.Actions.CanActAsync(loser, claimed));
        Assert.Equal(TaskActionStatus.Forbidden, (await _host.Actions.CompleteAsync(loser, task.Id, "Duyệt", null, null)).Status);

        Assert.True((await _host.Actions.ReleaseAsync(winner, task.Id)).Succeeded);
        Assert.Null((await _host.Tasks.FindTaskAsync(task.Id))!.AssigneeUserId);
        var history = await _host.Tasks.ListTaskEventsAsync(task.Id);
        Assert.Equal([HumanTaskEventKind.Created, HumanTaskEventKind.Claimed, HumanTaskEventKind.Released], history.Select(e => e.Kind));
        Assert.All(history.Skip(1), e => Assert.Equal(winner, e.UserId));
    }

    [Fact]
    public async Task DelegateAndReassign_NeedAReason_AndRecordIt()
    {
        var (canbo1, canbo2, head) = (await _host.UserIdAsync("canbo1"), await _host.UserIdAsync("canbo2"), await _host.UserIdAsync("truongphong1"));
        var task = await StartGroupTaskAsync("HS-002");
        Assert.Equal(TaskTexts.DelegateNeedsAssignee, (await _host.Actions.DelegateAsync(head, task.Id, "canbo1", "Giao việc")).Message);
        Assert.True((await _host.Actions.ClaimAsync(canbo1, task.Id)).Succeeded);

        Assert.Equal(TaskTexts.ReasonRequired, (await _host.Actions.DelegateAsync(canbo1, task.Id, "canbo2", " ")).FieldErrors["reason"]);
        Assert.True((await _host.Actions.DelegateAsync(canbo1, task.Id, "canbo2", "Đi công tác từ 02/02 đến 04/02")).Succeeded);
        Assert.Equal(TaskActionStatus.Forbidden, (await _host.Actions.ReassignAsync(canbo1, task.Id, "canbo1", "Đã về cơ quan")).Status);
        Assert.Equal(TaskTexts.UnknownUser("khongco"), (await _host.Actions.ReassignAsync(head, task.Id, "khongco", "Nhầm người")).FieldErrors["toUser"]);
        Assert.True((await _host.Actions.ReassignAsync(head, task.Id, "canbo1", "Cán bộ đã về cơ quan")).Succeeded);

        var history = await _host.Tasks.ListTaskEventsAsync(task.Id);
        var delegated = Assert.Single(history, e => e.Kind == HumanTaskEventKind.Delegated);
        Assert.Equal((canbo1, "Đi công tác từ 02/02 đến 04/02"), (delegated.UserId, delegated.Comment));
        Assert.Equal(canbo2, JsonNode.Parse(delegated.Data!)!["to"]!.GetValue<string>());
        var reassigned = Assert.Single(history, e => e.Kind == HumanTaskEventKind.Reassigned);
        Assert.Equal((head, "Cán bộ đã về cơ quan"), (reassigned.UserId, reassigned.Comment));
        var keys = (await _host.OutboxAsync()).Select(m => m.DedupeKey).ToList();
        Assert.Contains($"{HumanTaskNotificationKind.Assigned}:{task.Id}:0:{canbo2}", keys);
        Assert.Contains($"{HumanTaskNotificationKind.Assigned}:{task.Id}:0:{canbo1}", keys);

        Assert.True((await _host.Actions.CompleteAsync(canbo1, task.Id, "Duyệt", null, null)).Succeeded);
        Assert.Equal("Finished", (await _host.InstanceAsync(task.InstanceId)).SubStatus);
    }

    [Fact]
    public async Task Visibility_FollowsUnitsAndSupervision()
    {
        var task = await StartGroupTaskAsync("HS-003");
        var outsider = await CreateUserAsync("canbo3", "BTC-TU");
        Assert.True(await _host.Actions.CanSeeAsync(await _host.UserIdAsync("canbo2"), task));
        Assert.True(await _host.Actions.CanSeeAsync(await _host.UserIdAsync("truongphong1"), task));
        Assert.True(await _host.Actions.CanSeeAsync(await _host.UserIdAsync("giamdoc1"), task));
        Assert.True(await _host.Actions.CanSeeAsync(await _host.UserIdAsync("admin"), task));
        Assert.False(await _host.Actions.CanSeeAsync(outsider, task));
        Assert.False(await _host.Actions.CanActAsync(await _host.UserIdAsync("giamdoc1"), task));
        Assert.False(await _host.Actions.CanActAsync(await _host.UserIdAsync("admin"), task));
        Assert.False(await _host.Actions.CanActAsync(await _host.UserIdAsync("truongphong1"), task));
        Assert.Equal(TaskActionStatus.Forbidden, (await _host.Actions.ClaimAsync(outsider, task.Id)).Status);

        var assignment = _host.Get<TaskAssignment>();
        Assert.Equal(await _host.UserIdAsync("truongphong1"), await assignment.EscalationRecipientAsync(task, 1));
        Assert.Equal(await _host.UserIdAsync("giamdoc1"), await assignment.EscalationRecipientAsync(task, 2));
    }

    private async Task<string> CreateUserAsync(string userName, string unitCode)
    {
        using var scope = _host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PeopleDbContext>();
        var user = new AppUser { UserName = userName, FullName = "Hoàng Văn Em", UnitId = (await db.Units.SingleAsync(u => u.Code == unitCode)).Id };
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        Assert.True((await users.CreateAsync(user, "Demo-pass-2026")).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, Roles.Staff)).Succeeded);
        return user.Id;
    }
}
