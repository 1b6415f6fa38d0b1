using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CongVu.Engine.Expressions;

/// <summary>Refuses C# expressions that reach for files, processes, reflection, the network or the engine's own types.</summary>
internal static partial class ScriptGuard
{
    private static readonly string[] DeniedNamespaces =
        ["System.IO", "System.Diagnostics", "System.Reflection", "System.Net", "System.Runtime", "System.Linq.Expressions", "System.Security"];

    private static readonly HashSet<string> DeniedTypes = new(StringComparer.Ordinal)
    {
        "System.Environment", "System.Activator", "System.AppDomain", "System.Type", "System.GC",
        "System.AppContext", "System.Console", "System.Threading.Thread", "System.Threading.ThreadPool", "System.Threading.Timer",
    };

    // Dynamic member access binds at run time, out of the compiler's sight, so reflection entry points are refused by name
    // (a delegate's Method or an exception's TargetSite would otherwise lead to Type.GetMethods().Invoke).
    private static readonly HashSet<string> DeniedMemberNames = new(StringComparer.Ordinal)
    {
        "GetType", "GetTypes", "Method", "TargetSite", "DeclaringType", "ReflectedType", "BaseType", "Module", "Assembly",
        "UnderlyingSystemType", "TypeHandle", "MethodHandle", "DynamicInvoke", "InvokeMember", "CreateDelegate",
        "GetMethod", "GetMethods", "GetField", "GetFields", "GetProperty", "GetProperties", "GetMember", "GetMembers",
        "GetConstructor", "GetConstructors", "GetNestedType", "GetNestedTypes", "GetRuntimeMethods",
    };

    private static readonly string EngineAssembly = typeof(CSharpGlobals).Assembly.GetName().Name!;

    /// <summary>Where an expression's text names a forbidden API, a short name of it; checked before any compilation.</summary>
    public static string? FindInText(string code)
    {
        var match = DeniedText().Match(code);
        if (!match.Success) return null;
        var name = WhiteSpace().Replace(match.Value, "");
        return name.EndsWith('(') ? name + ")" : name;
    }

    /// <summary>
    /// Checks what every name in the compiled script binds to, which the text check cannot see through
    /// (unicode escapes, aliases, members whose types come from forbidden namespaces).
    /// </summary>
    public static string? FindInCompilation(Compilation compilation)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                if (node is ExpressionSyntax expression && model.GetTypeInfo(expression).Type is { } type && DeniedType(type) is { } deniedType)
                    return deniedType;
                if (node is not SimpleNameSyntax name) continue;
                if (DeniedMemberNames.Contains(name.Identifier.ValueText)) return name.Identifier.ValueText;
                var info = model.GetSymbolInfo(name);
                var symbols = info.Symbol is { } symbol ? [symbol] : info.CandidateSymbols;
                foreach (var candidate in symbols)
                {
                    if (Denied(candidate) is { } denied) return denied;
                }
            }
        }

        return null;
    }

    private static string? Denied(ISymbol symbol)
    {
        if (symbol is IMethodSymbol { Name: "GetType" }) return "GetType()";
        if (symbol is INamespaceSymbol ns) return IsDeniedNamespace(ns.ToDisplayString()) ? ns.ToDisplayString() : null;
        ITypeSymbol?[] related = [symbol as ITypeSymbol, symbol.ContainingType, TypeOf(symbol)];
        foreach (var type in related)
        {
            if (type is not null && DeniedType(type) is { } denied) return denied;
        }

        return null;
    }

    private static ITypeSymbol? TypeOf(ISymbol symbol) => symbol switch
    {
        IPropertySymbol p => p.Type,
        IFieldSymbol f => f.Type,
        IMethodSymbol m => m.ReturnType,
        ILocalSymbol l => l.Type,
        _ => null,
    };

    private static string? DeniedType(ITypeSymbol type)
    {
        while (type is IArrayTypeSymbol array) type = array.ElementType;
        if (type.TypeKind is TypeKind.Dynamic or TypeKind.TypeParameter || type.ContainingNamespace is null) return null;
        var name = type.OriginalDefinition.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat);
        var ns = type.ContainingNamespace.ToDisplayString();
        if (IsDeniedNamespace(ns) || DeniedTypes.Contains(name)) return name;
        // The engine's public types (stores, registries) must stay out of reach; only the globals are meant for scripts.
        var fromEngine = type.ContainingAssembly?.Name == EngineAssembly && name != typeof(CSharpGlobals).FullName;
        return fromEngine ? name : null;
    }

    private static bool IsDeniedNamespace(string ns) =>
        DeniedNamespaces.Any(d => ns == d || ns.StartsWith(d + ".", StringComparison.Ordinal));

    [GeneratedRegex(
        @"\bSystem\s*\.\s*(?:IO|Diagnostics|Reflection|Net)\b|\bProcess\b|\b(?:File|Directory|Environment)\s*\.|\bAssembly\b|\bActivator\b|\bAppDomain\b|\bType\s*\.\s*GetType\b|\bGetType\s*\(|\btypeof\b|\b__(?:makeref|reftype|refvalue|arglist)\b|^\s*#\s*(?:r|load)\b",
        RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex DeniedText();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex WhiteSpace();
}
