using CongVu.Engine.Activities;

namespace CongVu.Host.Descriptors;

/// <summary>Elsa's list envelope: the items and how many there are.</summary>
public sealed record ItemList<T>(IReadOnlyList<T> Items, int Count)
{
    public static ItemList<T> Of(IReadOnlyList<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return new(items, items.Count);
    }
}

/// <summary>An activity type as Elsa Studio reads it from <c>GET /descriptors/activities</c>.</summary>
public sealed record ActivityDescriptorModel(
    string TypeName,
    string Namespace,
    string Name,
    int Version,
    string Category,
    string DisplayName,
    string? Description,
    IReadOnlyList<InputDescriptorModel> Inputs,
    IReadOnlyList<OutputDescriptorModel> Outputs,
    ActivityKind Kind,
    IReadOnlyList<PortModel> Ports,
    IReadOnlyDictionary<string, object?> CustomProperties,
    IReadOnlyDictionary<string, object?> ConstructionProperties,
    bool IsContainer,
    bool IsBrowsable,
    bool IsStart,
    bool IsTerminal);

/// <summary>Whether a port is an outbound connection (Flow) or holds a nested activity (Embedded).</summary>
public enum PortType
{
    Flow,
    Embedded,
}

/// <summary>An activity port: an outcome in a flowchart, or a slot for a nested activity such as a loop body.</summary>
public sealed record PortModel(string Name, string DisplayName, PortType Type, bool IsBrowsable = true);

/// <summary>An activity input as Elsa's InputDescriptor.</summary>
public sealed record InputDescriptorModel(
    string Name,
    string TypeName,
    string DisplayName,
    string? Description,
    float Order,
    bool IsBrowsable,
    bool IsSynthetic,
    bool IsWrapped,
    string UIHint,
    string? Category,
    object? DefaultValue,
    string DefaultSyntax,
    bool IsReadOnly,
    bool IsSensitive,
    string? StorageDriverType,
    IReadOnlyDictionary<string, object>? UISpecifications,
    bool IsRequired,
    IReadOnlyDictionary<string, object>? Options);

/// <summary>An activity output as Elsa's OutputDescriptor.</summary>
public sealed record OutputDescriptorModel(
    string Name,
    string TypeName,
    string DisplayName,
    string? Description,
    float Order,
    bool IsBrowsable = true,
    bool IsSynthetic = false);

/// <summary>Props of the "dropdown" editor, under <c>uiSpecifications.dropdown</c>.</summary>
public sealed record DropDownProps(SelectList SelectList);

/// <summary>The choices of a dropdown.</summary>
public sealed record SelectList(IReadOnlyList<SelectListItem> Items, bool IsFlagsEnum = false);

/// <summary>One dropdown choice: the text shown and the value stored.</summary>
public sealed record SelectListItem(string Text, string Value);
