using System.Text.Json.Nodes;
using CongVu.Engine.Execution;
using CongVu.Engine.Outbox;
using CongVu.Engine.Runtime;
using CongVu.Host.Email;
using Xunit;

namespace CongVu.Host.Tests.Email;

/// <summary>CongVu.SendEmail queues its message in the workflow's own commit; the sender then delivers it (folder mode here).</summary>
public sealed class SendEmailActivityTests(ComposerHostFixture fixture) : IClassFixture<ComposerHostFixture>
{
    private EmailHost Host => fixture.Host;

    private async Task<RunResult> RunAsync(JsonObject definition, JsonObject input)
    {
        definition["definitionId"] = $"send-email-{Guid.NewGuid():N}";
        await Host.Get<DefinitionService>().SaveAsync(definition, publish: true);
        return await Host.Get<WorkflowRuntime>().StartAsync(new StartWorkflowRequest { DefinitionId = definition["definitionId"]!.GetValue<string>(), Input = input });
    }

    private static JsonObject Scenario() => JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Email", "send-email.json")))!.AsObject();

    private async Task<OutboxMessageRecord> QueuedByAsync(RunResult run)
    {
        var rows = await Host.Get<Engine.Tasks.IOutboxStore>().ListMessagesAsync(null, 0, 500);
        return Assert.Single(rows.Items, m => m.DedupeKey.StartsWith($"wf:{run.InstanceId}:send1:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendEmail_BodyAndSubject_QueuesOneMessageInTheWorkflowCommit()
    {
        var run = await RunAsync(Scenario(), new JsonObject { ["title"] = "Kế hoạch năm 2027 & kinh phí" });
        Assert.Equal(WorkflowSubStatus.Finished, run.SubStatus);

        var row = await QueuedByAsync(run);
        var mail = EmailPayload.FromJson(row.Payload);
        Assert.Equal([new EmailRecipient("canbo1@congvu.example", "Nguyễn Văn An"), new EmailRecipient("ketoan@example.org", "Phòng Kế toán")], mail.To);
        Assert.Equal("[Công Vụ] Đã tiếp nhận: Kế hoạch năm 2027 & kinh phí", mail.Subject);
        Assert.Equal("<p>Hồ sơ <b>Kế hoạch năm 2027 &amp; kinh phí</b> đã được tiếp nhận.</p>", mail.Html);
        Assert.Equal("Hồ sơ Kế hoạch năm 2027 & kinh phí đã được tiếp nhận.\n", mail.Text);
    }

    [Fact]
    public async Task SendEmail_WithTemplate_UsesTheTemplateSubjectAndBody()
    {
        var definition = Scenario();
        var send = definition["root"]!["activities"]![1]!.AsObject();
        send.Remove("subject");
        send.Remove("body");
        send["template"] = new JsonObject { ["typeName"] = "String", ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = "task-assigned" } };
        send["model"] = new JsonObject
        {
            ["typeName"] = "Object",
            ["expression"] = new JsonObject { ["type"] = "Object", ["value"] = """{"recipientName":"Nguyễn Văn An","title":"Kế hoạch năm 2027","dueAt":"2027-01-15T10:00:00Z","link":"http://127.0.0.1:5080/cong-viec/1"}""" },
        };
        var run = await RunAsync(definition, []);
        Assert.Equal(WorkflowSubStatus.Finished, run.SubStatus);

        var mail = EmailPayload.FromJson((await QueuedByAsync(run)).Payload);
        Assert.Equal("[Công Vụ] Công việc mới: Kế hoạch năm 2027", mail.Subject);
        Assert.Contains("Hạn xử lý: 15/01/2027", mail.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendEmail_UnknownUser_FaultsWithoutQueueing()
    {
        var definition = Scenario();
        definition["root"]!["activities"]![1]!["to"]!["expression"]!["value"] = "khong-ton-tai";
        var run = await RunAsync(definition, new JsonObject { ["title"] = "x" });

        Assert.Equal(WorkflowSubStatus.Faulted, run.SubStatus);
        var rows = await Host.Get<Engine.Tasks.IOutboxStore>().ListMessagesAsync(null, 0, 500);
        Assert.DoesNotContain(rows.Items, m => m.DedupeKey.StartsWith($"wf:{run.InstanceId}:", StringComparison.Ordinal));
    }
}
