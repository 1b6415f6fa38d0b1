using System.Text.Json.Nodes;
using CongVu.Engine.Tasks;
using CongVu.Host.Tasks;
using Xunit;

namespace CongVu.Host.Tests.Tasks;

/// <summary>A task form (bieu-mau.json): values are typed, checked per field, and refused without changing anything.</summary>
public sealed class TaskFormTests : IClassFixture<TaskFormTests.Host>
{
    private readonly TaskHost _host;

    public TaskFormTests(Host host) => _host = host.Value;

    /// <summary>One host for the class; each test starts its own instance.</summary>
    public sealed class Host : IDisposable
    {
        public TaskHost Value { get; } = TaskHost.Start();

        public void Dispose() => Value.Dispose();
    }

    private static JsonObject File(string name, long size) => new() { ["id"] = "f-01", ["name"] = name, ["size"] = size, ["contentType"] = "application/pdf" };

    [Fact]
    public async Task WrongValueTypes_AreRefusedByField_AndNothingChanges()
    {
        var (userId, instanceId, task) = await StartAsync();
        var before = (await _host.InstanceAsync(instanceId)).Revision;
        var values = new JsonObject { ["soTien"] = "hai triệu", ["ngayChi"] = "31/02/2027", ["nguonKinhPhi"] = "Vay", ["chungTu"] = File("chung-tu.docx", 2048) };

        var result = await _host.Actions.CompleteAsync(userId, task.Id, "Gửi", null, values);

        Assert.Equal(TaskActionStatus.Invalid, result.Status);
        Assert.Equal("Số tiền phải là một số.", result.FieldErrors["soTien"]);
        Assert.Equal("Ngày chi phải là ngày theo dạng dd/MM/yyyy hoặc yyyy-MM-dd.", result.FieldErrors["ngayChi"]);
        Assert.Equal("Nguồn kinh phí phải là một trong: Ngân sách, Tự chủ.", result.FieldErrors["nguonKinhPhi"]);
        Assert.Equal("Chứng từ: chỉ chấp nhận tệp pdf.", result.FieldErrors["chungTu"]);
        Assert.Equal(HumanTaskStatus.Open, (await _host.Tasks.FindTaskAsync(task.Id))!.Status);
        Assert.Equal(before, (await _host.InstanceAsync(instanceId)).Revision);
        Assert.Equal([HumanTaskEventKind.Created], (await _host.Tasks.ListTaskEventsAsync(task.Id)).Select(e => e.Kind));

        var missing = await _host.Actions.CompleteAsync(userId, task.Id, "Gửi", null, new JsonObject { ["chungTu"] = File("chung-tu.pdf", 5_000_000) });
        Assert.Equal(["chungTu", "ngayChi", "soTien"], missing.FieldErrors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Vui lòng nhập Số tiền.", missing.FieldErrors["soTien"]);
        Assert.Equal("Chứng từ: tệp vượt quá dung lượng cho phép (1.048.576 byte).", missing.FieldErrors["chungTu"]);
        Assert.Equal(before, (await _host.InstanceAsync(instanceId)).Revision);
    }

    [Fact]
    public async Task ValidValues_AreConvertedIntoWorkflowVariables()
    {
        var (userId, instanceId, task) = await StartAsync();
        var values = new JsonObject
        {
            ["soTien"] = "2500000.5", ["ngayChi"] = "15/02/2027", ["nguonKinhPhi"] = "Ngân sách",
            ["chungTu"] = File("Chung-tu.PDF", 2048), ["khongCoTrongBieuMau"] = "bỏ qua",
        };

        Assert.True((await _host.Actions.CompleteAsync(userId, task.Id, "Gửi", null, values)).Succeeded);

        var variables = (await _host.Store.LoadInstanceAsync(instanceId))!.State.Variables;
        Assert.Equal(2500000.5m, variables["soTien"]!.GetValue<decimal>());
        Assert.Equal("2027-02-15", variables["ngayChi"]!.GetValue<string>());
        Assert.Equal("Ngân sách", variables["nguon"]!.GetValue<string>());
        Assert.Equal("f-01", variables["chungTu"]!["id"]!.GetValue<string>());
        Assert.False(variables.ContainsKey("khongCoTrongBieuMau"));
        Assert.Equal("Finished", (await _host.InstanceAsync(instanceId)).SubStatus);
    }

    [Fact]
    public async Task SamePageSubmittedTwice_CompletesOnce()
    {
        var (userId, _, task) = await StartAsync();
        var values = new JsonObject { ["soTien"] = 1200, ["ngayChi"] = "2027-02-02" };

        var first = await _host.Actions.CompleteAsync(userId, task.Id, "Gửi", null, values, idempotencyKey: "trang-1");
        var second = await _host.Actions.CompleteAsync(userId, task.Id, "Gửi", null, values, idempotencyKey: "trang-1");

        Assert.True(first.Succeeded && second.Succeeded);
        Assert.Single(await _host.Tasks.ListTaskEventsAsync(task.Id), e => e.Kind == HumanTaskEventKind.Completed);
    }

    [Fact]
    public async Task OutcomeNotOffered_IsRefused()
    {
        var (userId, _, task) = await StartAsync();

        var result = await _host.Actions.CompleteAsync(userId, task.Id, "Duyệt", null, null);

        Assert.Equal("Vui lòng chọn một trong các kết quả: Gửi.", result.FieldErrors["outcome"]);
    }

    private async Task<(string UserId, string InstanceId, HumanTaskRecord Task)> StartAsync()
    {
        var userId = await _host.UserIdAsync("canbo1");
        var instanceId = await _host.StartAsync("test-bieu-mau", []);
        return (userId, instanceId, await _host.OpenTaskAsync(instanceId));
    }
}
