using System.Globalization;
using HandlebarsDotNet;

namespace CongVu.Engine.Expressions;

/// <summary>The generic template helpers every workflow template may use: <c>formatDate</c>, <c>formatNumber</c>, <c>eq</c>, <c>ifEquals</c>.</summary>
public static class HandlebarsBuiltIns
{
    public static void Register(IHandlebars handlebars)
    {
        handlebars.RegisterHelper("formatDate", (context, arguments) =>
            TemplateFormat.Date(Arg(arguments, 0), Text(Arg(arguments, 1)), Text(Arg(arguments, 2)), Text(Arg(arguments, 3))));
        handlebars.RegisterHelper("formatNumber", (context, arguments) =>
            TemplateFormat.Number(Arg(arguments, 0), Text(Arg(arguments, 1)), Text(Arg(arguments, 2))));

        // "eq" is both a block ({{#eq a b}}..{{else}}..{{/eq}}) and a value for subexpressions ({{#if (eq a b)}}).
        handlebars.RegisterHelper("eq", (context, arguments) => AreEqual(arguments));
        handlebars.RegisterHelper("eq", EqualsBlock);
        handlebars.RegisterHelper("ifEquals", EqualsBlock);
    }

    private static void EqualsBlock(EncodedTextWriter output, BlockHelperOptions options, Context context, Arguments arguments)
    {
        if (AreEqual(arguments)) options.Template(output, context);
        else options.Inverse(output, context);
    }

    private static bool AreEqual(Arguments arguments)
    {
        if (arguments.Length != 2) throw new HandlebarsException("eq needs exactly two arguments.");
        return TemplateFormat.AreEqual(Arg(arguments, 0), Arg(arguments, 1));
    }

    // Handlebars passes a placeholder object for paths that do not resolve; helpers treat it as null.
    private static object? Arg(Arguments arguments, int index) =>
        index < arguments.Length && arguments[index] is not UndefinedBindingResult ? arguments[index] : null;

    private static string? Text(object? value) => value is null ? null : Convert.ToString(value, CultureInfo.InvariantCulture);
}
