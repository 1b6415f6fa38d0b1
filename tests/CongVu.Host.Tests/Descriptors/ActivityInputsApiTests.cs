using CongVu.Engine.Activities;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CongVu.Host.Tests.Descriptors;

public sealed class ActivityInputsApiTests(HostFactory host) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task DropdownInputs_CarryTheirOptions()
    {
        var registry = host.Services.GetRequiredService<ActivityRegistry>();
        var descriptors = await host.ActivityDescriptorsAsync();
        var dropdowns = registry.Descriptors.SelectMany(d => d.Inputs.Where(i => i.Attribute.Options is not null).Select(i => (d.TypeName, Input: i))).ToList();
        Assert.Contains(dropdowns, x => x.TypeName == "Elsa.FlowJoin" && x.Input.Name == "mode");
        foreach (var (typeName, engineInput) in dropdowns)
        {
            var input = DescriptorJson.Input(descriptors[typeName], engineInput.Name);
            Assert.Equal("dropdown", input["uiHint"]!.GetValue<string>());
            Assert.Equal(engineInput.Attribute.DefaultValue?.ToString(), input["defaultValue"]?.ToString());
            var selectList = input["uiSpecifications"]!["dropdown"]!["selectList"]!;
            Assert.Equal(engineInput.Attribute.Options!, selectList["items"]!.AsArray().Select(i => i!["value"]!.GetValue<string>()));
            Assert.Equal(engineInput.Attribute.Options!, selectList["items"]!.AsArray().Select(i => i!["text"]!.GetValue<string>()));
            Assert.False(selectList["isFlagsEnum"]!.GetValue<bool>());
            Assert.Equal(engineInput.Attribute.Options!.Length, input["options"]!["items"]!.AsArray().Count);
        }
    }

    [Fact]
    public async Task TypesAndEditors_FollowElsa()
    {
        var d = await host.ActivityDescriptorsAsync();
        Assert.Equal("TimeSpan", DescriptorJson.Input(d["Elsa.Delay"], "timeSpan")["typeName"]!.GetValue<string>());
        Assert.Equal("singleline", DescriptorJson.Input(d["Elsa.Delay"], "timeSpan")["uiHint"]!.GetValue<string>());
        Assert.Equal("String", DescriptorJson.Input(d["Elsa.Event"], "eventName")["typeName"]!.GetValue<string>());
        Assert.Equal("singleline", DescriptorJson.Input(d["Elsa.Event"], "eventName")["uiHint"]!.GetValue<string>());
        Assert.Equal("Literal", DescriptorJson.Input(d["Elsa.Event"], "eventName")["defaultSyntax"]!.GetValue<string>());
        var variable = DescriptorJson.Input(d["Elsa.SetVariable"], "variable");
        Assert.Equal("Elsa.Variable", variable["typeName"]!.GetValue<string>());
        Assert.False(variable["isWrapped"]!.GetValue<bool>());
        Assert.Equal("variable-picker", variable["uiHint"]!.GetValue<string>());
        Assert.Equal("Object", DescriptorJson.Input(d["Elsa.SetVariable"], "value")["typeName"]!.GetValue<string>());
        var wait = DescriptorJson.Input(d["Elsa.ExecuteWorkflow"], "waitForCompletion");
        Assert.Equal("Boolean", wait["typeName"]!.GetValue<string>());
        Assert.True(wait["defaultValue"]!.GetValue<bool>());
        Assert.Equal("DateTimeOffset", d["CongVu.Deadline"]["outputs"]![0]!["typeName"]!.GetValue<string>());
        Assert.Equal("Handlebars", DescriptorJson.Input(d["Elsa.WriteLine"], "text")["defaultSyntax"]!.GetValue<string>());
    }

    [Fact]
    public async Task DynamicPorts_AreDescribedAsElsaDoes()
    {
        var d = await host.ActivityDescriptorsAsync();
        var branches = DescriptorJson.Input(d["Elsa.FlowFork"], "branches");
        Assert.Equal("dynamic-outcomes", branches["uiHint"]!.GetValue<string>());
        Assert.Equal("String[]", branches["typeName"]!.GetValue<string>());
        Assert.False(d["Elsa.FlowFork"]["isTerminal"]!.GetValue<bool>());

        var cases = DescriptorJson.Input(d["Elsa.FlowSwitch"], "cases");
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
}
