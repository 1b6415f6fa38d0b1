using System.Text.Json;
using System.Text.Json.Nodes;
using CongVu.Engine.Model;

namespace CongVu.Engine.Expressions;

/// <summary>Reads a JSON object or array, stored either as JSON or as a string holding JSON.</summary>
public sealed class ObjectEvaluator : IExpressionEvaluator
{
    public string Type => ExpressionTypes.Object;

    public string DisplayName => "Object";

    public ValueTask<object?> EvaluateAsync(Expression expression, Type targetType, ExpressionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(targetType);
        JsonNode? node;
        try
        {
            node = Parse(expression.Value);
        }
        catch (JsonException ex)
        {
            throw new ExpressionException(Type, $"invalid JSON: {ex.Message}", ex);
        }

        return ValueTask.FromResult(ResultConversion.Convert(Type, node, targetType));
    }

    public IReadOnlyList<string> Validate(Expression expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        try
        {
            Parse(expression.Value);
            return [];
        }
        catch (JsonException ex)
        {
            return [ex.Message];
        }
    }

    // The designer saves the object editor's text as a JSON string, so a string is parsed once more.
    private static JsonNode? Parse(JsonNode? value) =>
        value is JsonValue v && v.TryGetValue<string>(out var text)
            ? string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text)
            : value;
}
