using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using CongVu.Engine.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace CongVu.Engine.Expressions;

/// <summary>Runs C# expressions or statement blocks with Roslyn scripting, compiling each distinct text once.</summary>
public sealed class CSharpEvaluator : IExpressionEvaluator
{
    private const string Language = "C#";

    // References made once and shared: each reference built from an Assembly reads that assembly's metadata into a
    // fresh native block, so passing assemblies cost every compilation tens of MB until the next full GC.
    private static readonly ScriptOptions Options = ScriptOptions.Default
        .WithReferences(ReferencedAssemblies().Select(Reference).ToArray())
        .WithImports("System", "System.Linq", "System.Collections.Generic", "System.Text", "System.Globalization", "System.Text.RegularExpressions")
        .WithOptimizationLevel(OptimizationLevel.Release)
        .WithEmitDebugInformation(false)
        .WithAllowUnsafe(false);

    private readonly ConcurrentDictionary<string, Lazy<CompiledScript>> _cache = new(StringComparer.Ordinal);
    private int _compiledCount;

    public string Type => ExpressionTypes.CSharp;

    public string DisplayName => Language;

    /// <summary>How many times Roslyn was invoked; diagnostics for tests proving the cache works.</summary>
    internal int CompiledCount => Volatile.Read(ref _compiledCount);

    public async ValueTask<object?> EvaluateAsync(Expression expression, Type targetType, ExpressionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(targetType);
        ArgumentNullException.ThrowIfNull(context);
        var code = expression.Text;
        if (string.IsNullOrWhiteSpace(code)) return ResultConversion.Convert(Language, null, targetType);

        var compiled = GetCompiled(code);
        if (compiled.Runner is null) throw new ExpressionException(Language, string.Join("; ", compiled.Errors), null);

        object? result;
        try
        {
            result = await compiled.Runner(new CSharpGlobals(context), cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            throw new ExpressionException(Language, ex.Message, ex);
        }

        return ResultConversion.Convert(Language, result, targetType);
    }

    public IReadOnlyList<string> Validate(Expression expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var code = expression.Text;
        return string.IsNullOrWhiteSpace(code) ? [] : GetCompiled(code).Errors;
    }

    // Lazy makes concurrent first uses of one text wait for a single compilation instead of racing several.
    private CompiledScript GetCompiled(string code) =>
        _cache.GetOrAdd(code, static (text, self) => new Lazy<CompiledScript>(() => self.CompileAndTrim(text)), this).Value;

    private CompiledScript CompileAndTrim(string code)
    {
        try
        {
            return Compile(code);
        }
        finally
        {
            // Compiling is rare (once per distinct text) and leaves its native scratch memory in glibc's arenas.
            NativeHeap.Trim();
        }
    }

    private CompiledScript Compile(string code)
    {
        if (ScriptGuard.FindInText(code) is { } textual) return CompiledScript.Refused(textual);

        Interlocked.Increment(ref _compiledCount);
        var script = CSharpScript.Create<object>(code, Options, typeof(CSharpGlobals));
        var compilation = script.GetCompilation();
        var errors = Describe(compilation.GetDiagnostics());
        if (errors.Count > 0) return new CompiledScript(null, errors);
        if (ScriptGuard.FindInCompilation(compilation) is { } bound) return CompiledScript.Refused(bound);

        try
        {
            return new CompiledScript(script.CreateDelegate(), []);
        }
        catch (CompilationErrorException ex)
        {
            return new CompiledScript(null, Describe(ex.Diagnostics));
        }
    }

    private static List<string> Describe(ImmutableArray<Diagnostic> diagnostics) =>
        diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d =>
            {
                var start = d.Location.GetLineSpan().StartLinePosition;
                return $"{start.Line + 1}:{start.Character + 1} {d.GetMessage(CultureInfo.InvariantCulture)}";
            })
            .ToList();

    // Only what expressions need, so most of the framework (HTTP, EF, hosting) cannot even be named;
    // CoreLib itself still holds File and reflection, which ScriptGuard refuses.
    private static Assembly[] ReferencedAssemblies() =>
    [
        typeof(object).Assembly,
        .. new[] { "System.Runtime", "System.Linq", "System.Collections", "System.Text.RegularExpressions", "System.Linq.Expressions", "Microsoft.CSharp" }
            .Select(name => Assembly.Load(name)),
        typeof(CSharpGlobals).Assembly,
    ];

    private static MetadataReference Reference(Assembly assembly) =>
        assembly.Location is { Length: > 0 } path
            ? MetadataReference.CreateFromFile(path)
            : throw new InvalidOperationException($"C# expressions need {assembly.GetName().Name} as a file on disk (single-file publishing is not supported).");

    private sealed record CompiledScript(ScriptRunner<object>? Runner, IReadOnlyList<string> Errors)
    {
        public static CompiledScript Refused(string api) => new(null, [$"Expression uses a forbidden API: {api}"]);
    }
}
