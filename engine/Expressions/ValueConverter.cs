using System.Collections;
using System.Dynamic;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CongVu.Engine.Expressions;

/// <summary>Converts between CLR values and JSON, the way workflow variables and inputs need it.</summary>
public static class ValueConverter
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>Converts <paramref name="value"/> to <paramref name="targetType"/>; throws <see cref="FormatException"/> when impossible.</summary>
    public static object? Convert(object? value, Type targetType)
    {
        var underlying = Nullable.GetUnderlyingType(targetType) ?? targetType;
        if (value is JsonElement element) value = JsonNode.Parse(element.GetRawText());
        if (value is null) return targetType.IsValueType && Nullable.GetUnderlyingType(targetType) is null ? Activator.CreateInstance(targetType) : null;
        if (underlying == typeof(object)) return value is JsonNode n ? ToClr(n) : value;
        if (underlying.IsInstanceOfType(value)) return value;
        if (value is JsonNode node) return FromNode(node, underlying);
        if (underlying == typeof(string)) return value is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : value.ToString();
        if (underlying == typeof(JsonNode) || underlying == typeof(JsonObject) || underlying == typeof(JsonArray)) return ToNode(value);
        if (value is string s) return FromString(s, underlying);
        if (underlying.IsEnum) return Enum.ToObject(underlying, value);
        if (value is IConvertible && typeof(IConvertible).IsAssignableFrom(underlying))
            return System.Convert.ChangeType(value, underlying, CultureInfo.InvariantCulture);
        return ToNode(value)!.Deserialize(underlying, Options);
    }

    private static object? FromNode(JsonNode node, Type t)
    {
        // A JSON string holds text the user typed ("00:00:05", "true", "1,2"), so it gets the string rules, not JSON's.
        if (node is JsonValue v && v.TryGetValue<string>(out var text)) return FromString(text, t);
        if (t == typeof(string)) return node.ToJsonString();
        if (t == typeof(ExpandoObject) && node is JsonObject) return ToClr(node);
        return node.Deserialize(t, Options) ?? throw new FormatException($"Cannot convert null JSON to {t.Name}.");
    }

    /// <summary>Unwraps JSON values into plain CLR values so scripts and templates can read them; other values pass through.</summary>
    internal static object? ToPlain(object? value) => value switch
    {
        JsonNode n => ToClr(n),
        JsonElement e => ToClr(JsonNode.Parse(e.GetRawText())),
        _ => value,
    };

    private static object? FromString(string s, Type t)
    {
        if (t == typeof(TimeSpan)) return TimeSpan.Parse(s, CultureInfo.InvariantCulture);
        if (t == typeof(DateTimeOffset)) return DateTimeOffset.Parse(s, CultureInfo.InvariantCulture);
        if (t == typeof(DateTime)) return DateTime.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
        if (t == typeof(DateOnly)) return DateOnly.Parse(s, CultureInfo.InvariantCulture);
        if (t == typeof(Guid)) return Guid.Parse(s);
        if (t == typeof(ExpandoObject)) return ToClr(JsonNode.Parse(s)) as ExpandoObject ?? throw new FormatException("Expected a JSON object.");
        if (t == typeof(bool)) return bool.Parse(s.Trim());
        if (t.IsEnum) return Enum.Parse(t, s, ignoreCase: true);
        if (typeof(IConvertible).IsAssignableFrom(t)) return System.Convert.ChangeType(s, t, CultureInfo.InvariantCulture);
        if (t.IsAssignableTo(typeof(IEnumerable)) && t.IsGenericType && t.GetGenericArguments()[0] == typeof(string) && !s.TrimStart().StartsWith('['))
            return JsonSerializer.Deserialize(JsonSerializer.Serialize(s.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)), t, Options);
        return JsonSerializer.Deserialize(s, t, Options);
    }

    /// <summary>Serialises any CLR value (including ExpandoObject and JsonElement) to a JSON node.</summary>
    public static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        JsonNode n => n.DeepClone(),
        JsonElement e => JsonNode.Parse(e.GetRawText()),
        _ => JsonSerializer.SerializeToNode(value, value.GetType(), Options),
    };

    /// <summary>Turns JSON into plain CLR values: objects become <see cref="ExpandoObject"/> (so C# <c>dynamic</c> works), arrays lists.</summary>
    public static object? ToClr(JsonNode? node)
    {
        switch (node)
        {
            case null: return null;
            case JsonObject o:
                IDictionary<string, object?> expando = new ExpandoObject();
                foreach (var (k, v) in o) expando[k] = ToClr(v);
                return expando;
            case JsonArray a: return a.Select(ToClr).ToList();
            case JsonValue v:
                var el = v.TryGetValue<JsonElement>(out var raw) ? raw : JsonSerializer.SerializeToElement(v, Options);
                return el.ValueKind switch
                {
                    JsonValueKind.String => el.GetString(),
                    JsonValueKind.True => true,
                    JsonValueKind.False => false,
                    JsonValueKind.Number when el.TryGetInt32(out var i) => i,
                    JsonValueKind.Number when el.TryGetInt64(out var l) => l,
                    JsonValueKind.Number => el.GetDouble(),
                    _ => null,
                };
            default: return null;
        }
    }
}
