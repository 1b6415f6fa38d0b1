using System.Reflection;
using System.Text.Json;
using CongVu.Engine.Model;

namespace CongVu.Engine.Activities;

/// <summary>Every activity type the engine can run, keyed by type name; descriptors are built from the classes.</summary>
public sealed class ActivityRegistry
{
    private readonly Dictionary<string, ActivityDescriptor> _byType = new(StringComparer.Ordinal);

    public IReadOnlyCollection<ActivityDescriptor> Descriptors => _byType.Values;

    public ActivityRegistry Add<TActivity>() where TActivity : Activity, new() => Add(typeof(TActivity));

    public ActivityRegistry Add(Type type)
    {
        var descriptor = Describe(type);
        _byType[descriptor.TypeName] = descriptor;
        return this;
    }

    /// <summary>Adds every concrete activity class with an <see cref="ActivityAttribute"/> in the assembly.</summary>
    public ActivityRegistry AddFromAssembly(Assembly assembly)
    {
        foreach (var type in assembly.GetTypes().Where(t => !t.IsAbstract && t.IsSubclassOf(typeof(Activity)) && t.GetCustomAttribute<ActivityAttribute>() is not null))
            Add(type);
        return this;
    }

    public bool TryGet(string typeName, out ActivityDescriptor descriptor) => _byType.TryGetValue(typeName, out descriptor!);

    public Activity Create(ActivityDescriptor descriptor)
    {
        var activity = (Activity)Activator.CreateInstance(descriptor.ClrType)!;
        activity.Descriptor = descriptor;
        activity.Type = descriptor.TypeName;
        return activity;
    }

    public static ActivityDescriptor Describe(Type type)
    {
        var a = type.GetCustomAttribute<ActivityAttribute>() ?? throw new ArgumentException($"{type.Name} has no [Activity] attribute.", nameof(type));
        var props = type.GetProperties(BindingFlags.Public | BindingFlags.Instance);
        var inputs = props
            .Select(p => (p, attr: p.GetCustomAttribute<InputAttribute>()))
            .Where(x => x.attr is not null)
            .Select(x => new InputDescriptor
            {
                Name = JsonNamingPolicy.CamelCase.ConvertName(x.p.Name),
                ValueType = UnwrapInput(x.p.PropertyType) ?? x.p.PropertyType,
                IsWrapped = UnwrapInput(x.p.PropertyType) is not null,
                Property = x.p,
                Attribute = x.attr!,
            })
            .OrderBy(i => i.Attribute.Order)
            .ToList();
        var outputs = props
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(Output<>))
            .Select(p => (p, attr: p.GetCustomAttribute<OutputAttribute>()))
            .Select(x => new OutputDescriptor
            {
                Name = JsonNamingPolicy.CamelCase.ConvertName(x.p.Name),
                ValueType = x.p.PropertyType.GetGenericArguments()[0],
                Property = x.p,
                DisplayName = x.attr?.DisplayName ?? x.p.Name,
                Description = x.attr?.Description,
            })
            .ToList();
        return new ActivityDescriptor
        {
            TypeName = $"{a.Namespace}.{a.Name}",
            Namespace = a.Namespace,
            Name = a.Name,
            Category = a.Category,
            DisplayName = a.DisplayName ?? a.Name,
            Description = a.Description,
            Kind = a.Kind,
            IsBrowsable = a.IsBrowsable,
            IsStart = a.IsStart,
            IsTerminal = a.IsTerminal || a.Outcomes.Length == 0,
            IsContainer = typeof(IContainerActivity).IsAssignableFrom(type),
            Outcomes = a.Outcomes,
            Inputs = inputs,
            Outputs = outputs,
            ClrType = type,
        };
    }

    private static Type? UnwrapInput(Type t) =>
        t.IsGenericType && t.GetGenericTypeDefinition() == typeof(Input<>) ? t.GetGenericArguments()[0] : null;
}

/// <summary>Marks activities that hold other activities (flowchart, loop bodies).</summary>
public interface IContainerActivity;
