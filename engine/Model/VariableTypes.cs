using System.Text.Json;
using System.Text.Json.Nodes;
using CongVu.Engine.Expressions;

namespace CongVu.Engine.Model;

/// <summary>
/// Elsa's variable type names (<c>"typeName": "Int32"</c>) for the scalar types: a value assigned to a typed variable,
/// and its initial value (stored by Elsa as text, e.g. <c>"0"</c>), is converted to that type. Other types are kept as given.
/// </summary>
public static class VariableTypes
{
    private static readonly Dictionary<string, Type> Scalars = new(StringComparer.OrdinalIgnoreCase)
    {
        ["String"] = typeof(string), ["Boolean"] = typeof(bool), ["Int16"] = typeof(short), ["Int32"] = typeof(int),
        ["Int64"] = typeof(long), ["Single"] = typeof(float), ["Double"] = typeof(double), ["Decimal"] = typeof(decimal),
        ["DateTime"] = typeof(DateTime), ["DateTimeOffset"] = typeof(DateTimeOffset), ["DateOnly"] = typeof(DateOnly),
        ["TimeSpan"] = typeof(TimeSpan), ["Guid"] = typeof(Guid),
        ["string"] = typeof(string), ["bool"] = typeof(bool), ["short"] = typeof(short), ["int"] = typeof(int),
        ["long"] = typeof(long), ["float"] = typeof(float), ["double"] = typeof(double), ["decimal"] = typeof(decimal),
    };

    /// <summary>The CLR type for a scalar type name (with or without "System."), else null.</summary>
    public static Type? Resolve(string? typeName)
    {
        if (string.IsNullOrWhiteSpace(typeName)) return null;
        var name = typeName.Trim();
        if (name.StartsWith("System.", StringComparison.Ordinal)) name = name["System.".Length..];
        return Scalars.GetValueOrDefault(name);
    }

    /// <summary>Converts <paramref name="value"/> to the variable's type; blank text is null for non-text types. Throws <see cref="FormatException"/>.</summary>
    public static object? Coerce(object? value, string? typeName, string variableName)
    {
        if (value is null || Resolve(typeName) is not { } type) return value;
        if (type == typeof(string) && value is not (string or JsonValue or IFormattable or bool)) return value;
        if (type != typeof(string) && IsBlankText(value)) return null;
        try
        {
            return ValueConverter.Convert(value, type);
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException or ArgumentException
                                      or JsonException or NotSupportedException or InvalidOperationException)
        {
            throw new FormatException($"Variable '{variableName}' is {typeName}; the value {Describe(value)} cannot be converted: {e.Message}", e);
        }
    }

    private static bool IsBlankText(object value) =>
        value is string s ? string.IsNullOrWhiteSpace(s) : value is JsonValue v && v.TryGetValue<string>(out var t) && string.IsNullOrWhiteSpace(t);

    private static string Describe(object value) => value is JsonNode n ? n.ToJsonString() : $"'{value}'";
}
