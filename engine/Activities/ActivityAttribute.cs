namespace CongVu.Engine.Activities;

/// <summary>Declares an activity type: its Elsa-style type name (<c>Namespace.Name</c>), category and ports.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ActivityAttribute(string @namespace, string name, string category) : Attribute
{
    public string Namespace { get; } = @namespace;
    public string Name { get; } = name;
    public string Category { get; } = category;
    public string? DisplayName { get; init; }
    public string? Description { get; init; }
    public ActivityKind Kind { get; init; } = ActivityKind.Action;

    /// <summary>Outbound ports; empty for terminal activities.</summary>
    public string[] Outcomes { get; init; } = ["Done"];

    /// <summary>Whether the activity can be placed in the designer's palette.</summary>
    public bool IsBrowsable { get; init; } = true;

    public bool IsStart { get; init; }
    public bool IsTerminal { get; init; }
}

/// <summary>How the designer presents an activity (Elsa's ActivityKind).</summary>
public enum ActivityKind
{
    Action,
    Trigger,
    Job,
    Task,
}

/// <summary>Describes an activity input for the designer and for validation.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class InputAttribute : Attribute
{
    public string? DisplayName { get; init; }
    public string? Description { get; init; }

    /// <summary>Designer editor: singleline, multiline, checkbox, dropdown, datetime-picker, code-editor, ...</summary>
    public string? UIHint { get; init; }
    public bool Required { get; init; }
    public string? DefaultSyntax { get; init; }
    public string[]? Options { get; init; }

    /// <summary>Name of a list the host supplies at design time (e.g. "units", "roles"), shown as a dropdown.</summary>
    public string? OptionsSource { get; init; }
    public object? DefaultValue { get; init; }
    public int Order { get; init; }
    public string? Category { get; init; }
}

/// <summary>Describes an activity output.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class OutputAttribute : Attribute
{
    public string? DisplayName { get; init; }
    public string? Description { get; init; }
}

/// <summary>Well-known designer UI hints (Elsa Studio's names).</summary>
public static class UIHints
{
    public const string SingleLine = "singleline";
    public const string MultiLine = "multiline";
    public const string Checkbox = "checkbox";
    public const string Dropdown = "dropdown";
    public const string DateTimePicker = "datetime-picker";
    public const string CodeEditor = "code-editor";
    public const string DynamicOutcomes = "dynamic-outcomes";
    public const string VariablePicker = "variable-picker";
    public const string WorkflowDefinitionPicker = "workflow-definition-picker";
    public const string FlowSwitchEditor = "flow-switch-editor";
    public const string JsonEditor = "json-editor";
}
