using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace CongVu.Engine.Expressions;

/// <summary>
/// A read-only dictionary whose values are converted to plain objects (<see cref="ValueConverter.ToPlain"/>) only when a
/// template reads them, once each. A template names a few variables; converting every variable on every evaluation
/// made a step cost as much as all the data an instance holds (a unit's whole staff list for each of its tasks).
/// </summary>
internal sealed class LazyPlainDictionary(IReadOnlyCollection<string> keys, Func<string, (bool Found, object? Value)> read) : IDictionary<string, object?>
{
    private readonly HashSet<string> _keys = new(keys, StringComparer.Ordinal);
    private readonly Dictionary<string, object?> _converted = new(StringComparer.Ordinal);

    public static LazyPlainDictionary Of(IVariableScope scope) =>
        new(scope.Names, name => scope.TryGet(name, out var value) ? (true, value) : (false, null));

    public static LazyPlainDictionary Of(IReadOnlyDictionary<string, object?> values) =>
        new(values.Keys.ToList(), name => values.TryGetValue(name, out var value) ? (true, value) : (false, null));

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        if (_converted.TryGetValue(key, out value)) return true;
        if (!_keys.Contains(key)) return false;
        var (found, raw) = read(key);
        value = found ? ValueConverter.ToPlain(raw) : null;
        _converted[key] = value;
        return true;
    }

    public object? this[string key]
    {
        get => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);
        set => throw new NotSupportedException("The template model is read-only.");
    }

    public ICollection<string> Keys => _keys.ToList();

    public ICollection<object?> Values => _keys.Select(k => this[k]).ToList();

    public int Count => _keys.Count;

    public bool IsReadOnly => true;

    public bool ContainsKey(string key) => _keys.Contains(key);

    public bool Contains(KeyValuePair<string, object?> item) => TryGetValue(item.Key, out var value) && Equals(value, item.Value);

    public void CopyTo(KeyValuePair<string, object?>[] array, int arrayIndex)
    {
        ArgumentNullException.ThrowIfNull(array);
        foreach (var pair in this) array[arrayIndex++] = pair;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        foreach (var key in _keys.ToList()) yield return new KeyValuePair<string, object?>(key, this[key]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public void Add(string key, object? value) => throw new NotSupportedException("The template model is read-only.");

    public void Add(KeyValuePair<string, object?> item) => throw new NotSupportedException("The template model is read-only.");

    public bool Remove(string key) => throw new NotSupportedException("The template model is read-only.");

    public bool Remove(KeyValuePair<string, object?> item) => throw new NotSupportedException("The template model is read-only.");

    public void Clear() => throw new NotSupportedException("The template model is read-only.");
}
