using System.Reflection;

namespace CongVu.Engine.Activities;

/// <summary>What the engine and the designer know of an activity type, derived from its class.</summary>
public sealed class ActivityDescriptor
{
    public required string TypeName { get; init; }
    public required string Namespace { get; init; }
    public required string Name { get; init; }
    public required string Category { get; init; }
    public required string DisplayName { get; init; }
    public string? Description { get; init; }
    public ActivityKind Kind { get; init; }
    public bool IsBrowsable { get; init; }
    public bool IsStart { get; init; }
    public bool IsTerminal { get; init; }
    public bool IsContainer { get; init; }
    public required IReadOnlyList<string> Outcomes { get; init; }
    public required IReadOnlyList<InputDescriptor> Inputs { get; init; }
    public required IReadOnlyList<OutputDescriptor> Outputs { get; init; }
    public required Type ClrType { get; init; }
}

/// <summary>An activity input: JSON name (camelCase), value type and designer hints.</summary>
public sealed class InputDescriptor
{
    public required string Name { get; init; }
    public required Type ValueType { get; init; }
    public required PropertyInfo Property { get; init; }
    public required InputAttribute Attribute { get; init; }
    public string DisplayName => Attribute.DisplayName ?? Property.Name;
    public bool IsRequired => Attribute.Required;

    /// <summary>False for plain properties (not <c>Input&lt;T&gt;</c>), such as a variable reference.</summary>
    public bool IsWrapped { get; init; } = true;
}

/// <summary>An activity output: JSON name and value type.</summary>
public sealed class OutputDescriptor
{
    public required string Name { get; init; }
    public required Type ValueType { get; init; }
    public required PropertyInfo Property { get; init; }
    public string? DisplayName { get; init; }
    public string? Description { get; init; }
}
