using System.Dynamic;

namespace CongVu.Engine.Expressions;

/// <summary>Exposes an <see cref="IVariableScope"/> to C# <c>dynamic</c> code by member name or string index.</summary>
internal sealed class DynamicVariables(IVariableScope scope) : DynamicObject
{
    public override IEnumerable<string> GetDynamicMemberNames() => scope.Names;

    // A missing variable reads as null, like an unset variable in the designer, rather than failing the workflow.
    public override bool TryGetMember(GetMemberBinder binder, out object? result)
    {
        result = Read(binder.Name);
        return true;
    }

    public override bool TrySetMember(SetMemberBinder binder, object? value)
    {
        scope.Set(binder.Name, value);
        return true;
    }

    public override bool TryGetIndex(GetIndexBinder binder, object[] indexes, out object? result)
    {
        result = indexes is [string name] ? Read(name) : null;
        return indexes is [string];
    }

    public override bool TrySetIndex(SetIndexBinder binder, object[] indexes, object? value)
    {
        if (indexes is not [string name]) return false;
        scope.Set(name, value);
        return true;
    }

    private object? Read(string name) => scope.TryGet(name, out var value) ? ValueConverter.ToPlain(value) : null;
}
