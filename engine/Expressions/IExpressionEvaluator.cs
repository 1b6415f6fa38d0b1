using CongVu.Engine.Model;

namespace CongVu.Engine.Expressions;

/// <summary>Evaluates one expression language (Literal, C#, Handlebars, ...).</summary>
public interface IExpressionEvaluator
{
    /// <summary>The language name as stored in <c>expression.type</c>.</summary>
    string Type { get; }

    /// <summary>Name shown in the designer.</summary>
    string DisplayName { get; }

    /// <summary>Evaluates the expression and converts the result to <paramref name="targetType"/> where possible.</summary>
    ValueTask<object?> EvaluateAsync(Expression expression, Type targetType, ExpressionContext context, CancellationToken cancellationToken = default);

    /// <summary>Checks that the expression parses/compiles; returns one message per problem, empty when valid.</summary>
    IReadOnlyList<string> Validate(Expression expression);
}
