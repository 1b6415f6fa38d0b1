using System.Text.Json.Nodes;
using CongVu.Engine.Expressions;
using CongVu.Engine.Model;
using Xunit;

namespace CongVu.Engine.Tests.Expressions;

public class CSharpEvaluatorTests
{
    private readonly CSharpEvaluator _evaluator = new();

    private ValueTask<object?> Evaluate(string code, Type type, ExpressionContext context) =>
        _evaluator.EvaluateAsync(new Expression(ExpressionTypes.CSharp, JsonValue.Create(code)), type, context);

    [Fact]
    public async Task Evaluate_CSharpWithVariables_ReturnsSum()
    {
        var context = Contexts.With(new() { ["A"] = 2, ["B"] = 3 });
        Assert.Equal(5, await Evaluate("Variables.A + Variables.B", typeof(int), context));
    }

    [Fact]
    public async Task Evaluate_DynamicVariableIncrement_ReadsCurrentValue()
    {
        var context = Contexts.With(new() { ["Count"] = 4 });
        Assert.Equal(5L, await Evaluate("Variables.Count + 1", typeof(long), context));
    }

    [Fact]
    public async Task Evaluate_DynamicVariableAssignment_WritesScope()
    {
        var context = Contexts.Empty();
        await Evaluate("Variables.Approved = true;", typeof(object), context);
        Assert.True(context.Variables.TryGet("Approved", out var value));
        Assert.Equal(true, value);
    }

    [Fact]
    public async Task Evaluate_SetVariableAndGetVariable_UseScope()
    {
        var context = Contexts.With(new() { ["Raw"] = "41" });
        var result = await Evaluate("SetVariable(\"Answer\", GetVariable<int>(\"Raw\") + 1); return GetVariable<int>(\"Answer\");", typeof(int), context);
        Assert.Equal(42, result);
    }

    [Fact]
    public async Task Evaluate_VariableHoldingJson_IsReadableAsDynamic()
    {
        var context = Contexts.With(new() { ["Doc"] = JsonNode.Parse("""{"pages":3,"title":"Kế hoạch số 17/KH-UBND"}""") });
        Assert.Equal("Kế hoạch số 17/KH-UBND (3)", await Evaluate("$\"{Variables.Doc.title} ({Variables.Doc.pages})\"", typeof(string), context));
    }

    [Fact]
    public async Task Evaluate_MissingVariable_ReadsNull() =>
        Assert.Equal(true, await Evaluate("Variables.Nothing == null", typeof(bool), Contexts.Empty()));

    [Fact]
    public async Task Evaluate_IndexerAccess_ReachesNamesRefusedAsMembers()
    {
        var context = Contexts.With(new() { ["Method"] = "transfer" });
        Assert.Equal("transfer!", await Evaluate("Variables[\"Copy\"] = Variables[\"Method\"] + \"!\"; return Variables.Copy;", typeof(string), context));
    }

    [Fact]
    public async Task Evaluate_InputMember_ReturnsValue()
    {
        var context = Contexts.With(input: new() { ["amount"] = 1500m });
        Assert.Equal(true, await Evaluate("Input.amount > 1000 && Input.Amount > 1000", typeof(bool), context));
    }

    [Fact]
    public async Task Evaluate_MissingInput_ReadsNull() =>
        Assert.Equal("none", await Evaluate("Input.missing ?? \"none\"", typeof(string), Contexts.Empty()));

    [Fact]
    public async Task Evaluate_Statements_ReturnsReturnedValue() =>
        Assert.Equal(6, await Evaluate("var x = 1; for (var i = 2; i <= 3; i++) x += i; return x;", typeof(int), Contexts.Empty()));

    [Fact]
    public async Task Evaluate_LinqAndRegexAndCulture_AreImported()
    {
        const string code = "new[] { 3, 1, 2 }.OrderBy(x => x).Select(x => x.ToString(CultureInfo.InvariantCulture)).Aggregate((a, b) => a + b) + Regex.Replace(\"a-b\", \"-\", \"\")";
        Assert.Equal("123ab", await Evaluate(code, typeof(string), Contexts.Empty()));
    }

    [Fact]
    public async Task Evaluate_WorkflowIdentity_IsVisible() =>
        Assert.Equal("wf-1/corr-1", await Evaluate("WorkflowInstanceId + \"/\" + CorrelationId", typeof(string), Contexts.Empty()));

    [Fact]
    public async Task Evaluate_ResultConvertedToTargetType()
    {
        var context = Contexts.With(new() { ["Seconds"] = 5 });
        Assert.Equal(TimeSpan.FromSeconds(5), await Evaluate("\"00:00:0\" + Variables.Seconds", typeof(TimeSpan), context));
    }

    [Fact]
    public async Task Evaluate_UserCodeThrows_WrapsInnerException()
    {
        var ex = await Assert.ThrowsAsync<ExpressionException>(async () => await Evaluate("throw new InvalidOperationException(\"boom\");", typeof(object), Contexts.Empty()));
        Assert.IsType<InvalidOperationException>(ex.InnerException);
        Assert.Contains("C#", ex.Message, StringComparison.Ordinal);
        Assert.Contains("boom", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_EmptyText_ReturnsNull() =>
        Assert.Null(await Evaluate("  ", typeof(string), Contexts.Empty()));
}
