using CongVu.Engine.Model;

namespace CongVu.Engine.Expressions;

/// <summary>Returns the stored JSON value itself, converted to the requested type.</summary>
public sealed class LiteralEvaluator : IExpressionEvaluator
{
    public string Type => ExpressionTypes.Literal;

    public string DisplayName => "Literal";

    public ValueTask<object?> EvaluateAsync(Expression expression, Type targetType, ExpressionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(targetType);
        return ValueTask.FromResult(ResultConversion.Convert(Type, expression.Value, targetType));
    }

    public IReadOnlyList<string> Validate(Expression expression) => [];
}
