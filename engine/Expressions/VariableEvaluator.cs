using System.Text.Json.Nodes;
using CongVu.Engine.Model;

namespace CongVu.Engine.Expressions;

/// <summary>Reads a workflow variable, referenced by name or by Elsa's <c>{ "id", "name" }</c> object.</summary>
public sealed class VariableEvaluator : IExpressionEvaluator
{
    public string Type => ExpressionTypes.Variable;

    public string DisplayName => "Variable";

    public ValueTask<object?> EvaluateAsync(Expression expression, Type targetType, ExpressionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(targetType);
        ArgumentNullException.ThrowIfNull(context);
        var name = NameOf(expression.Value);
        var value = name is not null && context.Variables.TryGet(name, out var found) ? found : null;
        return ValueTask.FromResult(ResultConversion.Convert(Type, value, targetType));
    }

    public IReadOnlyList<string> Validate(Expression expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return NameOf(expression.Value) is null ? ["A variable expression needs a variable name."] : [];
    }

    /// <summary>The referenced variable's name; an object reference prefers <c>name</c> since the caller maps ids to names.</summary>
    internal static string? NameOf(JsonNode? value) => value switch
    {
        // Elsa Studio's variable picker saves the chosen variable as JSON text: {"id":…,"name":…,"typeName":…}.
        JsonValue v when v.TryGetValue<string>(out var s) && s.TrimStart().StartsWith('{') => NameOf(ParseObject(s)),
        JsonValue v when v.TryGetValue<string>(out var s) => NonEmpty(s),
        JsonObject o => NonEmpty(Text(o["name"])) ?? NonEmpty(Text(o["id"])),
        _ => null,
    };

    private static JsonObject? ParseObject(string text)
    {
        try
        {
            return JsonNode.Parse(text) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
