using System.Text.Json.Nodes;
using CongVu.Engine.Activities;
using CongVu.Host.Tests.Api;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CongVu.Host.Tests.Descriptors;

public sealed class ActivityDescriptorsApiTests(HostFactory host) : IClassFixture<HostFactory>
{
    private const string Url = "/elsa/api/descriptors/activities?refresh=true";

    private async Task<Dictionary<string, JsonObject>> DescriptorsAsync()
    {
        using var client = host.CreateAdminClient();
        var json = await client.GetJsonAsync(Url);
        var items = json["items"]!.AsArray().Select(i => i!.AsObject()).ToList();
        Assert.Equal(items.Count, json["count"]!.GetValue<int>());
        return items.ToDictionary(i => i["typeName"]!.GetValue<string>());
    }

    [Fact]
    public async Task EveryEngineActivity_IsListed_WithItsInputsAndOutputs()
    {
        var registry = host.Services.GetRequiredService<ActivityRegistry>();
        var descriptors = await DescriptorsAsync();
        Assert.Equal(registry.Descriptors.Count, descriptors.Count);
        foreach (var engine in registry.Descriptors)
        {
            var d = descriptors[engine.TypeName];
            Assert.Equal(engine.Namespace, d["namespace"]!.GetValue<string>());
            Assert.Equal(engine.Name, d["name"]!.GetValue<string>());
            Assert.Equal(1, d["version"]!.GetValue<int>());
            Assert.Equal(engine.Kind.ToString(), d["kind"]!.GetValue<string>());
            Assert.Equal(engine.IsBrowsable, d["isBrowsable"]!.GetValue<bool>());
            var inputNames = d["inputs"]!.AsArray().Select(i => i!["name"]!.GetValue<string>()).ToList();
            Assert.All(engine.Inputs, input => Assert.Contains(input.Name, inputNames));
            Assert.Equal(engine.Outputs.Select(o => o.Name), d["outputs"]!.AsArray().Select(o => o!["name"]!.GetValue<string>()));
            Assert.Equal("IActivity", d["customProperties"]!["RootType"]!.GetValue<string>());
            Assert.Empty(d["constructionProperties"]!.AsObject());
        }
    }

    [Fact]
    public async Task Descriptors_UseElsaShape_CamelCaseAndStringEnums()
    {
        var descriptors = await DescriptorsAsync();
        string[] activityKeys = ["typeName", "namespace", "name", "version", "category", "displayName", "description", "inputs", "outputs", "kind", "ports", "customProperties", "constructionProperties", "isContainer", "isBrowsable", "isStart", "isTerminal"];
        string[] inputKeys = ["name", "typeName", "displayName", "description", "order", "isBrowsable", "isSynthetic", "isWrapped", "uiHint", "category", "defaultValue", "defaultSyntax", "isReadOnly", "isSensitive", "storageDriverType", "uiSpecifications", "isRequired"];
        foreach (var d in descriptors.Values)
        {
            Assert.All(activityKeys, k => Assert.True(d.ContainsKey(k), $"{d["typeName"]} lacks {k}"));
            foreach (var input in d["inputs"]!.AsArray().Select(i => i!.AsObject()))
                Assert.All(inputKeys, k => Assert.True(input.ContainsKey(k), $"{d["typeName"]}.{input["name"]} lacks {k}"));
            Assert.All(d["ports"]!.AsArray(), p => Assert.Contains(p!["type"]!.GetValue<string>(), new[] { "Flow", "Embedded" }));
        }
        Assert.Equal("Trigger", descriptors["Elsa.Event"]["kind"]!.GetValue<string>());
        Assert.False(descriptors["Elsa.Flowchart"]["isBrowsable"]!.GetValue<bool>());
        Assert.True(descriptors["Elsa.Flowchart"]["isContainer"]!.GetValue<bool>());
        Assert.True(descriptors["Elsa.Start"]["isStart"]!.GetValue<bool>());
        Assert.True(descriptors["Elsa.End"]["isTerminal"]!.GetValue<bool>());
        Assert.Empty(descriptors["Elsa.End"]["ports"]!.AsArray());
    }

    [Fact]
    public async Task FlowDecision_HasTrueAndFalsePorts_AndACSharpCondition()
    {
        var decision = (await DescriptorsAsync())["Elsa.FlowDecision"];
        var ports = decision["ports"]!.AsArray();
        Assert.Equal(["True", "False"], ports.Select(p => p!["name"]!.GetValue<string>()));
        Assert.All(ports, p => Assert.Equal("Flow", p!["type"]!.GetValue<string>()));
        Assert.All(ports, p => Assert.True(p!["isBrowsable"]!.GetValue<bool>()));
        var condition = Input(decision, "condition");
        Assert.Equal("Boolean", condition["typeName"]!.GetValue<string>());
        Assert.Equal("CSharp", condition["defaultSyntax"]!.GetValue<string>());
        Assert.Equal("checkbox", condition["uiHint"]!.GetValue<string>());
        Assert.True(condition["isWrapped"]!.GetValue<bool>());
        Assert.True(condition["isRequired"]!.GetValue<bool>());
        Assert.Equal("Điều kiện", condition["displayName"]!.GetValue<string>());
    }

    [Fact]
    public async Task DropdownInput_CarriesItsOptions()
    {
        var join = (await DescriptorsAsync())["Elsa.FlowJoin"];
        var mode = Input(join, "mode");
        Assert.Equal("dropdown", mode["uiHint"]!.GetValue<string>());
        Assert.Equal("WaitAll", mode["defaultValue"]!.GetValue<string>());
        var items = mode["uiSpecifications"]!["dropdown"]!["selectList"]!["items"]!.AsArray();
        Assert.Equal(["WaitAll", "WaitAny"], items.Select(i => i!["value"]!.GetValue<string>()));
        Assert.Equal(["WaitAll", "WaitAny"], items.Select(i => i!["text"]!.GetValue<string>()));
        Assert.False(mode["uiSpecifications"]!["dropdown"]!["selectList"]!["isFlagsEnum"]!.GetValue<bool>());
        Assert.Equal(2, mode["options"]!["items"]!.AsArray().Count);
    }

    [Fact]
    public async Task TypesAndEditors_FollowElsa()
    {
        var d = await DescriptorsAsync();
        Assert.Equal("TimeSpan", Input(d["Elsa.Delay"], "timeSpan")["typeName"]!.GetValue<string>());
        Assert.Equal("singleline", Input(d["Elsa.Delay"], "timeSpan")["uiHint"]!.GetValue<string>());
        Assert.Equal("String", Input(d["Elsa.Event"], "eventName")["typeName"]!.GetValue<string>());
        Assert.Equal("singleline", Input(d["Elsa.Event"], "eventName")["uiHint"]!.GetValue<string>());
        Assert.Equal("Literal", Input(d["Elsa.Event"], "eventName")["defaultSyntax"]!.GetValue<string>());
        var variable = Input(d["Elsa.SetVariable"], "variable");
        Assert.Equal("Elsa.Variable", variable["typeName"]!.GetValue<string>());
        Assert.False(variable["isWrapped"]!.GetValue<bool>());
        Assert.Equal("variable-picker", variable["uiHint"]!.GetValue<string>());
        Assert.Equal("Object", Input(d["Elsa.SetVariable"], "value")["typeName"]!.GetValue<string>());
        var wait = Input(d["Elsa.ExecuteWorkflow"], "waitForCompletion");
        Assert.Equal("Boolean", wait["typeName"]!.GetValue<string>());
        Assert.True(wait["defaultValue"]!.GetValue<bool>());
        Assert.Equal("DateTimeOffset", d["CongVu.Deadline"]["outputs"]![0]!["typeName"]!.GetValue<string>());
        Assert.Equal("Handlebars", Input(d["Elsa.WriteLine"], "text")["defaultSyntax"]!.GetValue<string>());
    }

    [Fact]
    public async Task DynamicPorts_AreDescribedAsElsaDoes()
    {
        var d = await DescriptorsAsync();
        var branches = Input(d["Elsa.FlowFork"], "branches");
        Assert.Equal("dynamic-outcomes", branches["uiHint"]!.GetValue<string>());
        Assert.Equal("String[]", branches["typeName"]!.GetValue<string>());
        Assert.False(d["Elsa.FlowFork"]["isTerminal"]!.GetValue<bool>());

        var cases = Input(d["Elsa.FlowSwitch"], "cases");
        Assert.Equal("flow-switch-editor", cases["uiHint"]!.GetValue<string>());
        Assert.False(cases["isWrapped"]!.GetValue<bool>());
        Assert.Contains(d["Elsa.FlowSwitch"]["ports"]!.AsArray(), p => p!["name"]!.GetValue<string>() == "Default");

        foreach (var loop in new[] { "Elsa.ForEach", "Elsa.ParallelForEach" })
        {
            var body = Assert.Single(d[loop]["ports"]!.AsArray(), p => p!["type"]!.GetValue<string>() == "Embedded");
            Assert.Equal("Body", body!["name"]!.GetValue<string>());
            Assert.Contains(d[loop]["ports"]!.AsArray(), p => p!["name"]!.GetValue<string>() == "Done" && p["type"]!.GetValue<string>() == "Flow");
            Assert.False(d[loop]["isContainer"]!.GetValue<bool>());
        }
    }

    private static JsonObject Input(JsonObject descriptor, string name) =>
        descriptor["inputs"]!.AsArray().Single(i => i!["name"]!.GetValue<string>() == name)!.AsObject();
}
