using System.Text.Json.Nodes;
using CongVu.Engine.Runtime;
using CongVu.Host.Tests.Descriptors;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using DefinitionModels = CongVu.Host.Tests.Api.Definitions;

namespace CongVu.Host.Tests.Tasks;

/// <summary>How the studio sees a UserTask (palette entry, editors, ports) and what the designer is told when it is misconfigured.</summary>
public sealed class UserTaskDesignTests(HostFactory host) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task Descriptor_ShowsDefaultOutcomesAsPorts_AndTheEditors()
    {
        var userTask = (await host.ActivityDescriptorsAsync())["CongVu.UserTask"];

        Assert.Equal("Công việc", userTask["category"]!.GetValue<string>());
        Assert.Equal("Task", userTask["kind"]!.GetValue<string>());
        Assert.False(userTask["isTerminal"]!.GetValue<bool>());
        Assert.Equal(["Duyệt", "Trả lại", "Từ chối"], userTask["ports"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()));
        var outcomes = DescriptorJson.Input(userTask, "outcomes");
        Assert.Equal(("dynamic-outcomes", "String[]"), (outcomes["uiHint"]!.GetValue<string>(), outcomes["typeName"]!.GetValue<string>()));
        Assert.Equal("Handlebars", DescriptorJson.Input(userTask, "title")["defaultSyntax"]!.GetValue<string>());
        Assert.Equal("multiline", DescriptorJson.Input(userTask, "description")["uiHint"]!.GetValue<string>());
        Assert.Equal("json-editor", DescriptorJson.Input(userTask, "form")["uiHint"]!.GetValue<string>());
        var role = DescriptorJson.Input(userTask, "candidateRole");
        Assert.Equal("dropdown", role["uiHint"]!.GetValue<string>());
        Assert.Contains("UnitHead", role["options"]!["items"]!.AsArray().Select(i => i!["value"]!.GetValue<string>()));
        Assert.Equal(["outcome", "comment", "completedBy"], userTask["outputs"]!.AsArray().Select(o => o!["name"]!.GetValue<string>()));
    }

    [Fact]
    public void Validation_ReportsMisconfiguredTasks()
    {
        var task = DefinitionModels.Activity("duyet", "CongVu.UserTask", ("title", "Literal", "Duyệt"), ("dueDate", "Literal", "sau Tết"),
            ("timeoutOutcome", "Literal", "Hủy"), ("reminders", "Literal", "3,một"));
        task["outcomes"] = new JsonObject { ["typeName"] = "String[]", ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = "[\"Đồng ý\",\"Không đồng ý\"]" } };
        task["form"] = new JsonObject { ["typeName"] = "JsonNode", ["expression"] = new JsonObject { ["type"] = "Object", ["value"] = "[{\"name\":\"x\",\"type\":\"color\"}]" } };
        var model = DefinitionModels.Model("kiem-tra", "Kiểm tra", [DefinitionModels.Activity("start", "Elsa.Start"), task, DefinitionModels.Activity("end", "Elsa.End")],
            ("start", "Done", "duyet"), ("duyet", "Đồng ý", "end"), ("duyet", "Duyệt", "end"));

        var errors = host.Services.GetRequiredService<DefinitionService>().Validate(model).Select(e => e.Message).ToList();

        Assert.Contains(errors, e => e.Contains("missing port 'Duyệt'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Input 'timeoutOutcome' is 'Hủy'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Input 'dueDate'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("'một' is not one", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("unknown type 'color'", StringComparison.Ordinal));
        Assert.DoesNotContain(errors, e => e.Contains("'Đồng ý'", StringComparison.Ordinal));
    }
}
