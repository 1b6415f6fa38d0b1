using System.Reflection;
using CongVu.Engine.Activities;
using CongVu.Engine.Model;
using EngineActivity = CongVu.Engine.Activities.Activity;

namespace CongVu.Host.Descriptors;

/// <summary>Builds Elsa activity descriptors from the engine's registry, so the studio palette always matches what the engine runs.</summary>
public static class ActivityDescriptorMapper
{
    private static readonly IReadOnlyDictionary<string, object?> CustomProperties = new Dictionary<string, object?> { ["RootType"] = "IActivity" };

    public static IReadOnlyList<ActivityDescriptorModel> Describe(ActivityRegistry registry, IReadOnlyDictionary<string, IReadOnlyList<SelectListItem>>? sources = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return registry.Descriptors.OrderBy(d => d.Category, StringComparer.Ordinal).ThenBy(d => d.TypeName, StringComparer.Ordinal)
            .Select(d => Describe(d, sources)).ToList();
    }

    public static ActivityDescriptorModel Describe(ActivityDescriptor descriptor, IReadOnlyDictionary<string, IReadOnlyList<SelectListItem>>? sources = null)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        var embedded = EmbeddedPorts(descriptor.ClrType);
        var ports = descriptor.Outcomes.Select(o => new PortModel(o, o, PortType.Flow)).Concat(embedded).ToList();
        var texts = VietnameseActivityTexts.Find(descriptor.TypeName);
        var inputs = SyntheticInputs.For(descriptor.TypeName).Concat(descriptor.Inputs.Select(i => Translate(Input(i, sources), texts))).Select((input, i) => input with { Order = i }).ToList();
        var outputs = descriptor.Outputs.Select((o, i) => Translate(new OutputDescriptorModel(o.Name, ElsaTypeNames.Of(o.ValueType), o.DisplayName ?? o.Property.Name, o.Description, i), texts)).ToList();
        var attribute = descriptor.ClrType.GetCustomAttribute<ActivityAttribute>();
        return new ActivityDescriptorModel(
            descriptor.TypeName, descriptor.Namespace, descriptor.Name, Version: 1, descriptor.Category,
            texts?.DisplayName ?? descriptor.DisplayName, texts?.Description ?? descriptor.Description,
            inputs, outputs, descriptor.Kind, ports, CustomProperties, new Dictionary<string, object?>(),
            // Elsa marks only activities holding a graph of children (the flowchart) as containers; a loop exposes its body as an embedded port.
            IsContainer: descriptor.IsContainer && embedded.Count == 0,
            descriptor.IsBrowsable, descriptor.IsStart,
            // An activity whose ports come from its inputs (a fork) has no static outcome but is not terminal.
            IsTerminal: attribute?.IsTerminal ?? descriptor.IsTerminal);
    }

    private static InputDescriptorModel Input(InputDescriptor input, IReadOnlyDictionary<string, IReadOnlyList<SelectListItem>>? sources)
    {
        var a = input.Attribute;
        var dynamic = a.OptionsSource is { } source && sources?.TryGetValue(source, out var listed) == true ? listed.ToList() : null;
        var uiHint = dynamic is not null ? UIHints.Dropdown : a.UIHint ?? ElsaTypeNames.DefaultUIHint(input.ValueType);
        var items = dynamic ?? a.Options?.Select(o => new SelectListItem(o, o)).ToList();
        var uiSpecifications = items is null ? null : new Dictionary<string, object> { [UIHints.Dropdown] = new DropDownProps(new SelectList(items)) };
        var options = items is null ? null : new Dictionary<string, object> { ["items"] = items };
        return new InputDescriptorModel(
            input.Name, ElsaTypeNames.Of(input.ValueType), input.DisplayName, a.Description, a.Order,
            IsBrowsable: true, IsSynthetic: false, input.IsWrapped, uiHint, a.Category, a.DefaultValue,
            a.DefaultSyntax ?? ExpressionTypes.Literal, IsReadOnly: false, IsSensitive: false, StorageDriverType: null,
            uiSpecifications, input.IsRequired, options);
    }

    private static InputDescriptorModel Translate(InputDescriptorModel input, VietnameseActivityTexts.ActivityText? texts) =>
        texts?.Members.GetValueOrDefault(input.Name) is { } text ? input with { DisplayName = text.Label, Description = text.Help ?? input.Description } : input;

    private static OutputDescriptorModel Translate(OutputDescriptorModel output, VietnameseActivityTexts.ActivityText? texts) =>
        texts?.Members.GetValueOrDefault(output.Name) is { } text ? output with { DisplayName = text.Label, Description = text.Help ?? output.Description } : output;

    /// <summary>Public properties holding a nested activity (a loop's <c>Body</c>), stored under the camelCase port name.</summary>
    private static List<PortModel> EmbeddedPorts(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => typeof(EngineActivity).IsAssignableFrom(p.PropertyType) && p.DeclaringType != typeof(EngineActivity))
            .Select(p => new PortModel(p.Name, p.Name, PortType.Embedded))
            .ToList();
}
