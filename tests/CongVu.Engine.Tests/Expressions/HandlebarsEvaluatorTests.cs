using System.Text.Json.Nodes;
using CongVu.Engine.Expressions;
using CongVu.Engine.Model;
using Xunit;

namespace CongVu.Engine.Tests.Expressions;

public class HandlebarsEvaluatorTests
{
    private readonly HandlebarsEvaluator _evaluator = new();

    private async Task<object?> Render(string template, ExpressionContext context, Type? type = null) =>
        await _evaluator.EvaluateAsync(new Expression(ExpressionTypes.Handlebars, JsonValue.Create(template)), type ?? typeof(string), context);

    [Fact]
    public async Task Evaluate_HandlebarsWithVariablesAndInput_RendersText()
    {
        var context = Contexts.With(new() { ["Name"] = "An" }, new() { ["count"] = 3 });
        Assert.Equal("An has 3 (wf-1, corr-1)", await Render("{{Name}} has {{input.count}} ({{workflowInstanceId}}, {{correlationId}})", context));
    }

    [Fact]
    public async Task Evaluate_DoubleAndTripleBraces_EscapeOnlyTheFirst()
    {
        var context = Contexts.With(new() { ["x"] = "<b>A & B</b>" });
        Assert.Equal("&lt;b&gt;A &amp; B&lt;/b&gt; | <b>A & B</b>", await Render("{{x}} | {{{x}}}", context));
    }

    [Fact]
    public async Task Evaluate_VietnameseText_RoundTripsUnescaped()
    {
        var context = Contexts.With(new() { ["Title"] = "Kế hoạch số 17/KH-UBND" });
        Assert.Equal("Tiêu đề: Kế hoạch số 17/KH-UBND", await Render("Tiêu đề: {{Title}}", context));
    }

    [Fact]
    public async Task Evaluate_JsonVariable_IsNavigable()
    {
        var context = Contexts.With(new() { ["Doc"] = JsonNode.Parse("""{"items":[{"n":"a"},{"n":"b"}]}""") });
        Assert.Equal("a,b,", await Render("{{#each Doc.items}}{{n}},{{/each}}", context));
    }

    [Fact]
    public async Task Evaluate_ResultConvertedToTargetType()
    {
        var context = Contexts.With(new() { ["N"] = 41 });
        Assert.Equal(41, await Render("{{N}}", context, typeof(int)));
    }

    [Fact]
    public async Task Evaluate_ConcurrentRenders_AreIndependent()
    {
        var tasks = Enumerable.Range(0, 8).Select(t => Task.Run(async () =>
        {
            for (var i = 0; i < 100; i++)
            {
                var context = Contexts.With(new() { ["V"] = $"{t}-{i}" });
                Assert.Equal($"[{t}-{i}]", await Render("[{{V}}]", context));
            }
        }));
        await Task.WhenAll(tasks);
    }

    [Fact]
    public void Validate_UnclosedBlock_ReturnsMessage()
    {
        var errors = _evaluator.Validate(new Expression(ExpressionTypes.Handlebars, JsonValue.Create("{{#if x}}abc")));
        Assert.Contains("if", Assert.Single(errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnclosedExpression_ReportsPosition()
    {
        var errors = _evaluator.Validate(new Expression(ExpressionTypes.Handlebars, JsonValue.Create("{{x")));
        Assert.Contains("0:3", Assert.Single(errors), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_BrokenTemplate_ThrowsExpressionException() =>
        await Assert.ThrowsAsync<ExpressionException>(() => Render("{{#if x}}abc", Contexts.Empty()));
}
