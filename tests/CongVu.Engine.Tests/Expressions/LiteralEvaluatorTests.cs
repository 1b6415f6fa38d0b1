using System.Text.Json.Nodes;
using CongVu.Engine.Expressions;
using CongVu.Engine.Model;
using Xunit;

namespace CongVu.Engine.Tests.Expressions;

public class LiteralEvaluatorTests
{
    private readonly LiteralEvaluator _evaluator = new();

    private ValueTask<object?> Evaluate(JsonNode? value, Type type) =>
        _evaluator.EvaluateAsync(new Expression(ExpressionTypes.Literal, value), type, Contexts.Empty());

    [Fact]
    public async Task Evaluate_StringToTimeSpan_ParsesDuration() =>
        Assert.Equal(TimeSpan.FromSeconds(5), await Evaluate(JsonValue.Create("00:00:05"), typeof(TimeSpan)));

    [Fact]
    public async Task Evaluate_StringToBool_ParsesText() =>
        Assert.Equal(true, await Evaluate(JsonValue.Create("true"), typeof(bool)));

    [Fact]
    public async Task Evaluate_StringToInt_ParsesNumber() =>
        Assert.Equal(42, await Evaluate(JsonValue.Create("42"), typeof(int)));

    [Fact]
    public async Task Evaluate_CommaSeparatedStringToList_Splits() =>
        Assert.Equal(["1", "2"], Assert.IsType<List<string>>(await Evaluate(JsonValue.Create("1,2"), typeof(List<string>))));

    [Fact]
    public async Task Evaluate_NumberToObject_ReturnsClrNumber() =>
        Assert.Equal(7, await Evaluate(JsonValue.Create(7), typeof(object)));

    [Fact]
    public async Task Evaluate_NumberToString_ReturnsText() =>
        Assert.Equal("7", await Evaluate(JsonValue.Create(7), typeof(string)));

    [Fact]
    public async Task Evaluate_NullToInt_ReturnsDefault() =>
        Assert.Equal(0, await Evaluate(null, typeof(int)));

    [Fact]
    public async Task Evaluate_VietnameseText_RoundTrips() =>
        Assert.Equal("Kế hoạch số 17/KH-UBND", await Evaluate(JsonValue.Create("Kế hoạch số 17/KH-UBND"), typeof(string)));

    [Fact]
    public async Task Evaluate_UnparsableInt_ThrowsExpressionException() =>
        await Assert.ThrowsAsync<ExpressionException>(async () => await Evaluate(JsonValue.Create("abc"), typeof(int)));

    [Fact]
    public async Task Evaluate_LiteralFactoryValue_EvaluatesBack() =>
        Assert.Equal(3.5, await _evaluator.EvaluateAsync(Expression.Literal(3.5), typeof(double), Contexts.Empty()));
}
