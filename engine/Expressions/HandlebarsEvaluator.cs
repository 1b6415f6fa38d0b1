using System.Collections.Concurrent;
using CongVu.Engine.Model;
using HandlebarsDotNet;

namespace CongVu.Engine.Expressions;

/// <summary>Renders Handlebars templates over the workflow's variables and input, compiling each distinct text once.</summary>
public sealed class HandlebarsEvaluator : IExpressionEvaluator
{
    private readonly IHandlebars _handlebars;
    private readonly ConcurrentDictionary<string, Lazy<CompiledTemplate>> _cache = new(StringComparer.Ordinal);

    // Registering helpers is not thread-safe, so the environment is fully set up here and only read afterwards.
    public HandlebarsEvaluator()
    {
        _handlebars = Handlebars.Create(new HandlebarsConfiguration { TextEncoder = new HtmlEncoder() });
        HandlebarsBuiltIns.Register(_handlebars);
    }

    public string Type => ExpressionTypes.Handlebars;

    public string DisplayName => "Handlebars";

    public ValueTask<object?> EvaluateAsync(Expression expression, Type targetType, ExpressionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(targetType);
        ArgumentNullException.ThrowIfNull(context);
        var compiled = GetCompiled(expression.Text ?? "");
        if (compiled.Template is null) throw new ExpressionException(DisplayName, compiled.Errors[0], null);

        string text;
        try
        {
            text = compiled.Template(Model(context));
        }
        catch (Exception ex) when (ex is HandlebarsException or FormatException or TimeZoneNotFoundException
                                       or InvalidTimeZoneException or ArgumentException or InvalidOperationException)
        {
            throw new ExpressionException(DisplayName, ex.Message, ex);
        }

        return ValueTask.FromResult(ResultConversion.Convert(DisplayName, text, targetType));
    }

    public IReadOnlyList<string> Validate(Expression expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return GetCompiled(expression.Text ?? "").Errors;
    }

    private CompiledTemplate GetCompiled(string text) =>
        _cache.GetOrAdd(text, static (t, self) => new Lazy<CompiledTemplate>(() => self.Compile(t)), this).Value;

    private CompiledTemplate Compile(string text)
    {
        try
        {
            return new CompiledTemplate(_handlebars.Compile(text), []);
        }
        catch (HandlebarsException ex)
        {
            return new CompiledTemplate(null, [ex.Message.ReplaceLineEndings(" ").Trim()]);
        }
    }

    /// <summary>
    /// Variables by name at the top level, with <c>input</c>, <c>variables</c> and the workflow's identity beside them
    /// (the reserved names win over same-named variables, which stay reachable as <c>variables.x</c>). Values are
    /// converted only when the template reads them.
    /// </summary>
    private static LazyPlainDictionary Model(ExpressionContext context)
    {
        var variables = LazyPlainDictionary.Of(context.Variables);
        var input = LazyPlainDictionary.Of(context.Input);
        var reserved = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["variables"] = variables,
            ["input"] = input,
            ["workflowInstanceId"] = context.WorkflowInstanceId,
            ["correlationId"] = context.CorrelationId,
        };
        return new LazyPlainDictionary(
            [.. context.Variables.Names, .. reserved.Keys],
            name => reserved.TryGetValue(name, out var value) ? (true, value) : context.Variables.TryGet(name, out var variable) ? (true, variable) : (false, null));
    }

    private sealed record CompiledTemplate(HandlebarsTemplate<object, object>? Template, IReadOnlyList<string> Errors);
}
