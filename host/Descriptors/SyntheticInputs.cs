using CongVu.Engine.Activities;
using CongVu.Engine.Model;

namespace CongVu.Host.Descriptors;

/// <summary>
/// Inputs the engine reads from an activity's JSON without declaring them as <c>[Input]</c> properties, described as
/// Elsa describes them so the studio shows their editor (the switch's case list, whose labels become its ports).
/// </summary>
public static class SyntheticInputs
{
    /// <summary>The extra inputs of the activity type, in Elsa's shape; none for most types.</summary>
    public static IEnumerable<InputDescriptorModel> For(string typeName) => typeName switch
    {
        "Elsa.FlowSwitch" => [Cases],
        _ => [],
    };

    // Elsa's FlowSwitch.Cases: a plain (unwrapped) list of { label, condition: { type, value } }, edited with "flow-switch-editor".
    private static readonly InputDescriptorModel Cases = new(
        Name: "cases",
        TypeName: "Elsa.FlowSwitchCase[]",
        DisplayName: "Các trường hợp",
        Description: "Mỗi trường hợp có một nhãn (tên nhánh ra) và một điều kiện; không trường hợp nào đúng thì đi nhánh Default.",
        Order: 0,
        IsBrowsable: true,
        IsSynthetic: false,
        IsWrapped: false,
        UIHint: UIHints.FlowSwitchEditor,
        Category: null,
        DefaultValue: null,
        DefaultSyntax: ExpressionTypes.Literal,
        IsReadOnly: false,
        IsSensitive: false,
        StorageDriverType: null,
        UISpecifications: null,
        IsRequired: false,
        Options: null);
}
