using CongVu.Host.Descriptors;
using CongVu.Engine.Activities;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CongVu.Host.Tests.Descriptors;

public sealed class ActivityDescriptorsApiTests(HostFactory host) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task EveryEngineActivity_IsListed_WithItsInputsAndOutputs()
    {
        var registry = host.Services.GetRequiredService<ActivityRegistry>();
        var descriptors = await host.ActivityDescriptorsAsync();
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
        var descriptors = await host.ActivityDescriptorsAsync();
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
        var decision = (await host.ActivityDescriptorsAsync())["Elsa.FlowDecision"];
        var ports = decision["ports"]!.AsArray();
        Assert.Equal(["True", "False"], ports.Select(p => p!["name"]!.GetValue<string>()));
        Assert.All(ports, p => Assert.Equal("Flow", p!["type"]!.GetValue<string>()));
        Assert.All(ports, p => Assert.True(p!["isBrowsable"]!.GetValue<bool>()));
        var condition = DescriptorJson.Input(decision, "condition");
        Assert.Equal("Boolean", condition["typeName"]!.GetValue<string>());
        Assert.Equal("CSharp", condition["defaultSyntax"]!.GetValue<string>());
        Assert.Equal("checkbox", condition["uiHint"]!.GetValue<string>());
        Assert.True(condition["isWrapped"]!.GetValue<bool>());
        Assert.True(condition["isRequired"]!.GetValue<bool>());
        // The engine's English label is shown to the admin in the host's Vietnamese.
        var engine = host.Services.GetRequiredService<ActivityRegistry>().Descriptors.Single(d => d.TypeName == "Elsa.FlowDecision").Inputs.Single();
        var vietnamese = VietnameseActivityTexts.Find("Elsa.FlowDecision")!.Members[engine.Name];
        Assert.Equal(vietnamese.Label, condition["displayName"]!.GetValue<string>());
        Assert.Equal(vietnamese.Help, condition["description"]!.GetValue<string>());
    }
}
