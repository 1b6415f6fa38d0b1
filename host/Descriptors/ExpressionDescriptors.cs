using CongVu.Engine.Expressions;
using CongVu.Engine.Model;

namespace CongVu.Host.Descriptors;

/// <summary>An expression language as Elsa Studio reads it; <c>properties.MonacoLanguage</c> picks the code editor's highlighting.</summary>
public sealed record ExpressionDescriptorModel(
    string Type,
    string DisplayName,
    bool IsSerializable,
    bool IsBrowsable,
    IReadOnlyDictionary<string, string> Properties);

/// <summary>Describes the engine's expression languages for the studio's syntax picker.</summary>
public static class ExpressionDescriptors
{
    // As in Elsa: the value-editor syntaxes are not offered in the picker (the editor writes them itself).
    private static readonly HashSet<string> EditorSyntaxes = new(StringComparer.OrdinalIgnoreCase)
    {
        ExpressionTypes.Literal, ExpressionTypes.Object, ExpressionTypes.Variable,
    };

    private static readonly Dictionary<string, string> MonacoLanguages = new(StringComparer.OrdinalIgnoreCase)
    {
        [ExpressionTypes.Object] = "json",
        [ExpressionTypes.CSharp] = "csharp",
        [ExpressionTypes.Handlebars] = "handlebars",
    };

    public static IReadOnlyList<ExpressionDescriptorModel> Describe(ExpressionEvaluatorRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return registry.All.Select(Describe).ToList();
    }

    private static ExpressionDescriptorModel Describe(IExpressionEvaluator evaluator)
    {
        var properties = MonacoLanguages.TryGetValue(evaluator.Type, out var language)
            ? new Dictionary<string, string> { ["MonacoLanguage"] = language }
            : new Dictionary<string, string>();
        return new ExpressionDescriptorModel(evaluator.Type, evaluator.DisplayName, IsSerializable: true, IsBrowsable: !EditorSyntaxes.Contains(evaluator.Type), properties);
    }
}
