using CongVu.Engine.Model;

namespace CongVu.Engine.Expressions;

/// <summary>Finds the evaluator for an expression's language and evaluates or validates through it.</summary>
public sealed class ExpressionEvaluatorRegistry
{
    private readonly Dictionary<string, IExpressionEvaluator> _evaluators = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Takes every evaluator; a later one for the same type replaces an earlier one, so registrations can override built-ins.</summary>
    public ExpressionEvaluatorRegistry(IEnumerable<IExpressionEvaluator> evaluators)
    {
        ArgumentNullException.ThrowIfNull(evaluators);
        foreach (var evaluator in evaluators) _evaluators[evaluator.Type] = evaluator;
    }

    public IReadOnlyCollection<IExpressionEvaluator> All => _evaluators.Values;

    /// <summary>A registry with the built-in languages: Literal, Object, Variable, C# and Handlebars.</summary>
    public static ExpressionEvaluatorRegistry CreateDefault() =>
        new([new LiteralEvaluator(), new ObjectEvaluator(), new VariableEvaluator(), new CSharpEvaluator(), new HandlebarsEvaluator()]);

    public bool TryGet(string type, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IExpressionEvaluator? evaluator) =>
        _evaluators.TryGetValue(type ?? "", out evaluator);

    public IExpressionEvaluator Get(string type) =>
        TryGet(type, out var evaluator) ? evaluator : throw new ExpressionException(UnknownType(type));

    public ValueTask<object?> EvaluateAsync(Expression expression, Type targetType, ExpressionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return Get(expression.Type).EvaluateAsync(expression, targetType, context, cancellationToken);
    }

    public IReadOnlyList<string> Validate(Expression expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return TryGet(expression.Type, out var evaluator) ? evaluator.Validate(expression) : [UnknownType(expression.Type)];
    }

    private static string UnknownType(string? type) => $"Unknown expression type '{type}'";
}
