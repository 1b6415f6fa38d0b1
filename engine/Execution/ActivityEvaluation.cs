using CongVu.Engine.Expressions;
using CongVu.Engine.Model;

namespace CongVu.Engine.Execution;

/// <summary>Evaluates an activity's inputs outside a running instance, e.g. to index its trigger.</summary>
public sealed class ActivityEvaluation(EngineEnvironment environment, DateTimeOffset now)
{
    public EngineEnvironment Environment { get; } = environment;

    /// <summary>The instant schedules are computed after.</summary>
    public DateTimeOffset Now { get; } = now;

    public async ValueTask<T?> EvaluateAsync<T>(Input<T>? input, CancellationToken cancellationToken = default)
    {
        if (input is null) return default;
        var context = new ExpressionContext { Variables = new DictionaryVariableScope(), Services = Environment.Services };
        return (T?)await Environment.Expressions.EvaluateAsync(input.Expression, typeof(T), context, cancellationToken);
    }
}
