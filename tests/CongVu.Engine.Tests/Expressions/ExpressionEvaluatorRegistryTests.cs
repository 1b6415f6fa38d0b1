using System.Text.Json.Nodes;
using CongVu.Engine.Expressions;
using CongVu.Engine.Model;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CongVu.Engine.Tests.Expressions;

public class ExpressionEvaluatorRegistryTests
{
    [Fact]
    public void CreateDefault_HasFiveLanguages_CaseInsensitive()
    {
        var registry = ExpressionEvaluatorRegistry.CreateDefault();
        Assert.Equal(5, registry.All.Count);
        Assert.IsType<CSharpEvaluator>(registry.Get("csharp"));
        Assert.Equal("C#", registry.Get(ExpressionTypes.CSharp).DisplayName);
        Assert.True(registry.TryGet("HANDLEBARS", out var handlebars));
        Assert.IsType<HandlebarsEvaluator>(handlebars);
    }

    [Fact]
    public void Get_UnknownType_ThrowsExpressionException()
    {
        var ex = Assert.Throws<ExpressionException>(() => ExpressionEvaluatorRegistry.CreateDefault().Get("JavaScript"));
        Assert.Equal("Unknown expression type 'JavaScript'", ex.Message);
    }

    [Fact]
    public void Validate_UnknownType_ReturnsOneMessage() =>
        Assert.Single(ExpressionEvaluatorRegistry.CreateDefault().Validate(new Expression("Liquid", JsonValue.Create("{{ x }}"))));

    [Fact]
    public async Task EvaluateAsync_DispatchesByType()
    {
        var registry = ExpressionEvaluatorRegistry.CreateDefault();
        var context = Contexts.With(new() { ["A"] = 4 });
        Assert.Equal(true, await registry.EvaluateAsync(new Expression(ExpressionTypes.CSharp, JsonValue.Create("Variables.A > 3")), typeof(bool), context));
        Assert.Equal("4", await registry.EvaluateAsync(new Expression(ExpressionTypes.Handlebars, JsonValue.Create("{{A}}")), typeof(string), context));
        Assert.Equal(4, await registry.EvaluateAsync(new Expression(ExpressionTypes.Variable, JsonValue.Create("A")), typeof(int), context));
    }

    [Fact]
    public void AddExpressions_RegistersSingletonsOnce()
    {
        using var provider = new ServiceCollection().AddExpressions().AddExpressions().BuildServiceProvider();
        var registry = provider.GetRequiredService<ExpressionEvaluatorRegistry>();
        Assert.Equal(5, provider.GetServices<IExpressionEvaluator>().Count());
        Assert.Same(provider.GetRequiredService<CSharpEvaluator>(), registry.Get(ExpressionTypes.CSharp));
        Assert.Same(registry, provider.GetRequiredService<ExpressionEvaluatorRegistry>());
    }
}
