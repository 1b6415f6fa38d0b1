using System.Collections;
using System.Text.Json;
using System.Text.Json.Nodes;
using CongVu.Engine.Activities;
using CongVu.Engine.Activities.Primitives;

namespace CongVu.Host.Descriptors;

/// <summary>Elsa's type aliases ("String", "Int32", "String[]") and the default designer editor for a CLR type.</summary>
public static class ElsaTypeNames
{
    private static readonly Dictionary<Type, string> Aliases = new()
    {
        [typeof(string)] = "String", [typeof(bool)] = "Boolean", [typeof(short)] = "Int16", [typeof(int)] = "Int32",
        [typeof(long)] = "Int64", [typeof(float)] = "Single", [typeof(double)] = "Double", [typeof(decimal)] = "Decimal",
        [typeof(Guid)] = "Guid", [typeof(DateTime)] = "DateTime", [typeof(DateTimeOffset)] = "DateTimeOffset",
        [typeof(DateOnly)] = "DateOnly", [typeof(TimeOnly)] = "TimeOnly", [typeof(TimeSpan)] = "TimeSpan",
        [typeof(object)] = "Object", [typeof(JsonElement)] = "JsonElement", [typeof(JsonNode)] = "JsonNode",
        [typeof(JsonObject)] = "JsonObject", [typeof(JsonArray)] = "JsonArray",
        [typeof(VariableReference)] = "Elsa.Variable",
    };

    /// <summary>The alias Elsa writes for <paramref name="type"/>; collections of an aliased type become "Alias[]".</summary>
    public static string Of(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (Aliases.TryGetValue(type, out var alias)) return alias;
        if (ElementType(type) is { } element && Aliases.TryGetValue(Nullable.GetUnderlyingType(element) ?? element, out var elementAlias))
            return elementAlias + "[]";
        return $"{type.FullName ?? type.Name}, {type.Assembly.GetName().Name}";
    }

    /// <summary>The editor the studio shows when the input names none: checkbox for booleans, a text box otherwise.</summary>
    public static string DefaultUIHint(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(bool)) return UIHints.Checkbox;
        if (type == typeof(VariableReference)) return UIHints.VariablePicker;
        if (type == typeof(object) || type == typeof(JsonObject) || type == typeof(JsonNode)) return UIHints.MultiLine;
        if (type.IsEnum) return UIHints.Dropdown;
        return UIHints.SingleLine;
    }

    private static Type? ElementType(Type type)
    {
        if (type == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(type)) return null;
        if (type.IsArray) return type.GetElementType();
        return type.IsGenericType && type.GetGenericArguments() is [var single] ? single : null;
    }
}
