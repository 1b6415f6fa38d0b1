using System.Text.Json.Nodes;

namespace CongVu.Engine.Model;

/// <summary>An expression as stored in Elsa 3 JSON: <c>{ "type": "Literal", "value": ... }</c>.</summary>
public sealed record Expression(string Type, JsonNode? Value)
{
    public static Expression Literal(object? value) =>
        new(ExpressionTypes.Literal, value is null ? null : System.Text.Json.JsonSerializer.SerializeToNode(value));

    /// <summary>The value as text, as most languages (C#, Handlebars, Variable names) expect it.</summary>
    public string? Text => Value switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => Value.ToJsonString(),
    };
}

/// <summary>Names of the expression languages the engine ships.</summary>
public static class ExpressionTypes
{
    public const string Literal = "Literal";
    public const string Object = "Object";
    public const string Variable = "Variable";
    public const string CSharp = "CSharp";
    public const string Handlebars = "Handlebars";
}
