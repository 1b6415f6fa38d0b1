using System.Text.Json.Nodes;
using CongVu.Engine.Expressions;
using CongVu.Engine.Model;
using Xunit;

namespace CongVu.Engine.Tests.Expressions;

public class CSharpSecurityTests
{
    private readonly CSharpEvaluator _evaluator = new();

    [Theory]
    [InlineData("System.IO.File.ReadAllText(\"/etc/passwd\")")]
    [InlineData("File.Exists(\"/etc/passwd\")")]
    [InlineData("System.Diagnostics.Process.Start(\"ls\")")]
    [InlineData("Environment.Exit(1)")]
    [InlineData("Environment . GetEnvironmentVariable(\"PATH\")")]
    [InlineData("\"x\".GetType().Assembly")]
    [InlineData("typeof(string)")]
    [InlineData("Type.GetType(\"System.IO.File\")")]
    [InlineData("Activator.CreateInstance<object>()")]
    [InlineData("AppDomain.CurrentDomain")]
    [InlineData("new System.Net.Http.HttpClient()")]
    [InlineData("Directory.GetFiles(\"/\")")]
    [InlineData("#r \"System.IO.dll\"\n1")]
    [InlineData("int x = 1; return __reftype(__makeref(x));")]
    public void Validate_ForbiddenApi_IsRefused(string code)
    {
        var errors = _evaluator.Validate(new Expression(ExpressionTypes.CSharp, JsonValue.Create(code)));
        Assert.StartsWith("Expression uses a forbidden API: ", Assert.Single(errors), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("global::System.\\u0049O.F\\u0069le.Exists(\"/etc/passwd\")")]
    [InlineData("new Exception().TargetSite")]
    [InlineData("new CongVu.Engine.Expressions.LiteralEvaluator()")]
    [InlineData("GC.Collect()")]
    [InlineData("Variables.F = (Func<int>)(() => 1); return Variables.F.Method.DeclaringType.BaseType.Module.GetTypes();")]
    [InlineData("Variables.F = (Func<int>)(() => 1); return Variables.F.M\\u0065thod;")]
    [InlineData("Func<int> f = () => 1; return f.Method;")]
    public void Validate_ForbiddenApiHiddenFromText_IsRefusedAfterBinding(string code)
    {
        var errors = _evaluator.Validate(new Expression(ExpressionTypes.CSharp, JsonValue.Create(code)));
        Assert.StartsWith("Expression uses a forbidden API: ", Assert.Single(errors), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_ForbiddenApi_ThrowsWithoutRunning()
    {
        var context = Contexts.Empty();
        var expression = new Expression(ExpressionTypes.CSharp, JsonValue.Create("Variables.Ran = true; return System.IO.File.Exists(\"/\");"));
        var ex = await Assert.ThrowsAsync<ExpressionException>(async () => await _evaluator.EvaluateAsync(expression, typeof(object), context));
        Assert.Contains("forbidden API: System.IO", ex.Message, StringComparison.Ordinal);
        Assert.False(context.Variables.TryGet("Ran", out _));
    }

    [Fact]
    public void Validate_SimilarButHarmlessNames_AreAccepted()
    {
        var expression = new Expression(ExpressionTypes.CSharp, JsonValue.Create("var Profile = new { Name = \"Processing\" }; return Profile.Name;"));
        Assert.Empty(_evaluator.Validate(expression));
    }
}
