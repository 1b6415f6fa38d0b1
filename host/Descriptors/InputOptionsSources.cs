using CongVu.Engine.Activities;

namespace CongVu.Host.Descriptors;

/// <summary>A list the designer shows as a dropdown for inputs that name it in <see cref="InputAttribute.OptionsSource"/>.</summary>
public interface IInputOptionsSource
{
    string Name { get; }

    Task<IReadOnlyList<SelectListItem>> ListAsync(CancellationToken ct);
}

/// <summary>Resolves every registered options source once per descriptor request.</summary>
public sealed class InputOptionsSources(IEnumerable<IInputOptionsSource> sources)
{
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<SelectListItem>>> LoadAsync(ActivityRegistry registry, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var wanted = registry.Descriptors.SelectMany(d => d.Inputs).Select(i => i.Attribute.OptionsSource).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var result = new Dictionary<string, IReadOnlyList<SelectListItem>>(StringComparer.Ordinal);
        foreach (var source in sources.Where(s => wanted.Contains(s.Name)))
            result[source.Name] = await source.ListAsync(ct);
        return result;
    }
}
