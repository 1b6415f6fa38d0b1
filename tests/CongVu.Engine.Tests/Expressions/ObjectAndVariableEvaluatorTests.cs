using System.Dynamic;
using System.Text.Json.Nodes;
using CongVu.Engine.Expressions;
using CongVu.Engine.Model;
using Xunit;

namespace CongVu.Engine.Tests.Expressions;

public class ObjectAndVariableEvaluatorTests
{
    [Fact]
    public async Task Evaluate_ObjectJson_ReturnsExpandoReadableViaDynamic()
    {
        var expression = new Expression(ExpressionTypes.Object, JsonNode.Parse("""{"title":"Kế hoạch","count":3,"tags":["a","b"]}"""));
        dynamic result = (await new ObjectEvaluator().EvaluateAsync(expression, typeof(object), Contexts.Empty()))!;
        Assert.IsType<ExpandoObject>(result);
        Assert.Equal("Kế hoạch", (string)result.title);
        Assert.Equal(3, (int)result.count);
        Assert.Equal("b", (string)result.tags[1]);
    }

    [Fact]
    public async Task Evaluate_ObjectJsonInString_ParsesToTargetType()
    {
        var expression = new Expression(ExpressionTypes.Object, JsonValue.Create("""{"name":"A","age":30}"""));
        var result = await new ObjectEvaluator().EvaluateAsync(expression, typeof(Person), Contexts.Empty());
        Assert.Equal(new Person("A", 30), result);
    }

    [Fact]
    public void Validate_ObjectWithBrokenJson_ReturnsMessage() =>
        Assert.Single(new ObjectEvaluator().Validate(new Expression(ExpressionTypes.Object, JsonValue.Create("{ broken"))));

    [Fact]
    public async Task Evaluate_ObjectWithBrokenJson_ThrowsExpressionException() =>
        await Assert.ThrowsAsync<ExpressionException>(async () =>
            await new ObjectEvaluator().EvaluateAsync(new Expression(ExpressionTypes.Object, JsonValue.Create("{ broken")), typeof(object), Contexts.Empty()));

    [Fact]
    public async Task Evaluate_VariableByName_ReturnsConvertedValue()
    {
        var context = Contexts.With(new() { ["Count"] = "12" });
        var result = await new VariableEvaluator().EvaluateAsync(new Expression(ExpressionTypes.Variable, JsonValue.Create("Count")), typeof(int), context);
        Assert.Equal(12, result);
    }

    [Fact]
    public async Task Evaluate_VariableReferenceObject_PrefersName()
    {
        var context = Contexts.With(new() { ["Approved"] = true });
        var reference = JsonNode.Parse("""{"id":"b3f1c2","name":"Approved"}""");
        var result = await new VariableEvaluator().EvaluateAsync(new Expression(ExpressionTypes.Variable, reference), typeof(bool), context);
        Assert.Equal(true, result);
    }

    [Fact]
    public async Task Evaluate_VariableChosenInTheStudiosPicker_ReadsTheJsonTextItSaves()
    {
        // What Elsa Studio 3.8 saves when a variable is picked: the variable as JSON text, not an object.
        var context = Contexts.With(new() { ["CanBo"] = "danh sách" });
        var saved = JsonValue.Create("""{"id":"CanBo","name":"CanBo","typeName":"Object","isArray":false,"value":null,"storageDriverTypeName":null}""");
        var result = await new VariableEvaluator().EvaluateAsync(new Expression(ExpressionTypes.Variable, saved), typeof(string), context);
        Assert.Equal("danh sách", result);
        Assert.Empty(new VariableEvaluator().Validate(new Expression(ExpressionTypes.Variable, saved)));
        Assert.NotEmpty(new VariableEvaluator().Validate(new Expression(ExpressionTypes.Variable, JsonValue.Create("{not json"))));
    }

    [Fact]
    public async Task Evaluate_VariableReferenceWithIdOnly_UsesId()
    {
        var context = Contexts.With(new() { ["v1"] = "x" });
        var result = await new VariableEvaluator().EvaluateAsync(new Expression(ExpressionTypes.Variable, JsonNode.Parse("""{"id":"v1"}""")), typeof(string), context);
        Assert.Equal("x", result);
    }

    [Fact]
    public async Task Evaluate_MissingVariable_ReturnsNull() =>
        Assert.Null(await new VariableEvaluator().EvaluateAsync(new Expression(ExpressionTypes.Variable, JsonValue.Create("Nope")), typeof(string), Contexts.Empty()));

    [Fact]
    public async Task Evaluate_VariableHoldingJsonObject_ReturnsExpando()
    {
        var context = Contexts.With(new() { ["Doc"] = JsonNode.Parse("""{"so":"17/KH-UBND"}""") });
        dynamic result = (await new VariableEvaluator().EvaluateAsync(new Expression(ExpressionTypes.Variable, JsonValue.Create("Doc")), typeof(object), context))!;
        Assert.Equal("17/KH-UBND", (string)result.so);
    }

    public sealed record Person(string Name, int Age);
}
