using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CongVu.Engine.Expressions;

/// <summary>Registers the built-in expression languages and the registry with dependency injection.</summary>
public static class ExpressionServiceCollectionExtensions
{
    /// <summary>Adds the five built-in evaluators and <see cref="ExpressionEvaluatorRegistry"/> as singletons; safe to call twice.</summary>
    public static IServiceCollection AddExpressions(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        AddEvaluator<LiteralEvaluator>(services);
        AddEvaluator<ObjectEvaluator>(services);
        AddEvaluator<VariableEvaluator>(services);
        AddEvaluator<CSharpEvaluator>(services);
        AddEvaluator<HandlebarsEvaluator>(services);
        services.TryAddSingleton<ExpressionEvaluatorRegistry>();
        return services;
    }

    // One instance serves both its concrete type and IExpressionEvaluator, so the compile caches are not duplicated.
    private static void AddEvaluator<T>(IServiceCollection services)
        where T : class, IExpressionEvaluator
    {
        services.TryAddSingleton<T>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IExpressionEvaluator, T>(sp => sp.GetRequiredService<T>()));
    }
}
