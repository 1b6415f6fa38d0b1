using System.Text.Json.Nodes;
using CongVu.Engine.Execution;
using CongVu.Engine.Runtime;
using CongVu.Engine.Tasks;
using CongVu.Host.Documents.Persistence;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CongVu.Host.Tests.Documents;

/// <summary>CongVu.GenerateDocument in a workflow: its output goes straight into a UserTask's Document input.</summary>
public sealed class GenerateDocumentActivityTests(DocumentHost host) : IClassFixture<DocumentHost>
{
    private async Task<RunResult> RunAsync()
    {
        var definition = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Documents", "tao-van-ban.json")))!.AsObject();
        await host.Get<DefinitionService>().SaveAsync(definition, publish: true);
        return await host.Get<WorkflowRuntime>().StartAsync(new StartWorkflowRequest { DefinitionId = "test-tao-van-ban", Input = new JsonObject { ["unitCode"] = "DVA" } });
    }

    [Fact]
    public async Task GenerateDocument_IssuesTheDocumentAndTheTaskPreviewsIt()
    {
        var run = await RunAsync();

        Assert.Equal(WorkflowSubStatus.Suspended, run.SubStatus);
        await using var db = await host.Get<IDbContextFactory<DocumentsDbContext>>().CreateDbContextAsync();
        var document = await db.Documents.SingleAsync(d => d.InstanceId == run.InstanceId);
        Assert.Equal((1, "1/KH-DVA"), (document.Number, document.NumberText));
        Assert.StartsWith($"{run.InstanceId}:taoVanBan:", document.Key, StringComparison.Ordinal);
        Assert.Equal("Thông báo về việc kiểm tra quy trình", document.Title);
        Assert.Contains("ngày 05 tháng 02 năm 2027", document.Html, StringComparison.Ordinal);

        var task = Assert.Single((await host.Get<ITaskStore>().ListTasksAsync(new TaskQuery { InstanceId = run.InstanceId })).Items);
        var shown = JsonNode.Parse(task.Data)!["document"]!;
        Assert.Equal(document.Title, shown["title"]!.GetValue<string>());
        Assert.Contains("Số: 1/KH-DVA", shown["html"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(".nd30{", shown["html"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GenerateDocument_Output_CarriesTheLinksAndNumber()
    {
        var run = await RunAsync();

        var instance = await host.Get<Engine.Persistence.IWorkflowStore>().LoadInstanceAsync(run.InstanceId);
        var output = instance!.State.Variables["vanBan"]!.ToJsonString();
        await using var db = await host.Get<IDbContextFactory<DocumentsDbContext>>().CreateDbContextAsync();
        var id = await db.Documents.Where(d => d.InstanceId == run.InstanceId).Select(d => d.Id).SingleAsync();
        Assert.Contains($"\"docxUrl\":\"/van-ban/{id}.docx\"", output, StringComparison.Ordinal);
        Assert.Contains($"\"pdfUrl\":\"/van-ban/{id}.pdf\"", output, StringComparison.Ordinal);
        Assert.Contains($"\"htmlUrl\":\"/van-ban/{id}\"", output, StringComparison.Ordinal);
        Assert.Contains("\"symbol\":\"KH-DVA\"", output, StringComparison.Ordinal);
    }
}
