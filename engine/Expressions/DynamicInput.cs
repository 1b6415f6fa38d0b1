using System.Dynamic;

namespace CongVu.Engine.Expressions;

/// <summary>Read-only <c>dynamic</c> view of the workflow input; missing members read as null.</summary>
internal sealed class DynamicInput(IReadOnlyDictionary<string, object?> input) : DynamicObject
{
    public override IEnumerable<string> GetDynamicMemberNames() => input.Keys;

    public override bool TryGetMember(GetMemberBinder binder, out object? result)
    {
        result = Read(binder.Name);
        return true;
    }

    public override bool TryGetIndex(GetIndexBinder binder, object[] indexes, out object? result)
    {
        result = indexes is [string name] ? Read(name) : null;
        return indexes is [string];
    }

    // Input often arrives from HTTP as camelCase while scripts are written in PascalCase, so fall back to a case-insensitive match.
    private object? Read(string name)
    {
        if (input.TryGetValue(name, out var value)) return ValueConverter.ToPlain(value);
        foreach (var (key, candidate) in input)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase)) return ValueConverter.ToPlain(candidate);
        }

        return null;
    }
}
