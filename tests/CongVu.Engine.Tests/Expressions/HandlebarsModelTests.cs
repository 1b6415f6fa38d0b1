using System.Text.Json.Nodes;
using CongVu.Engine.Expressions;
using CongVu.Engine.Model;
using Xunit;

namespace CongVu.Engine.Tests.Expressions;

/// <summary>A template reads only the variables it names: the others are neither read nor converted.</summary>
public sealed class HandlebarsModelTests
{
    [Fact]
    public async Task Evaluate_ReadsOnlyTheVariablesTheTemplateNames()
    {
        var staff = new JsonArray([.. Enumerable.Range(0, 1000).Select(i => new JsonObject { ["userName"] = $"cb{i}" })]);
        var scope = new CountingScope(new Dictionary<string, object?> { ["DonVi"] = "Sở Nội vụ", ["CanBo"] = staff });
        var context = new ExpressionContext { Variables = scope, Input = new Dictionary<string, object?> { ["nam"] = 2027, ["all"] = staff } };

        var text = await new HandlebarsEvaluator().EvaluateAsync(new Expression(ExpressionTypes.Handlebars, JsonValue.Create("{{DonVi}} {{input.nam}} {{variables.DonVi}}")), typeof(string), context);

        Assert.Equal("Sở Nội vụ 2027 Sở Nội vụ", text);
        Assert.DoesNotContain("CanBo", scope.Read);
    }

    [Fact]
    public async Task Evaluate_EachOverAListVariable_StillSeesPlainValues()
    {
        var scope = new CountingScope(new Dictionary<string, object?> { ["CanBo"] = new JsonArray(new JsonObject { ["ten"] = "An" }, new JsonObject { ["ten"] = "Bình" }) });
        var context = new ExpressionContext { Variables = scope };

        var text = await new HandlebarsEvaluator().EvaluateAsync(new Expression(ExpressionTypes.Handlebars, JsonValue.Create("{{#each CanBo}}{{ten}};{{/each}}{{#each variables}}{{@key}}{{/each}}")), typeof(string), context);

        Assert.Equal("An;Bình;CanBo", text);
    }

    private sealed class CountingScope(Dictionary<string, object?> values) : IVariableScope
    {
        public List<string> Read { get; } = [];

        public bool TryGet(string name, out object? value)
        {
            Read.Add(name);
            return values.TryGetValue(name, out value);
        }

        public void Set(string name, object? value) => values[name] = value;

        public IReadOnlyCollection<string> Names => values.Keys;
    }
}
