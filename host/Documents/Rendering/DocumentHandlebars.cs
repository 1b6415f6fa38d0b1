using CongVu.Engine.Expressions;
using CongVu.Host.Email;
using HandlebarsDotNet;

namespace CongVu.Host.Documents.Rendering;

/// <summary>
/// The Handlebars environment of document templates: markup-escaped values, the workflow helpers (<c>formatNumber</c>,
/// <c>eq</c>, <c>ifEquals</c>), the e-mail templates' <c>formatDate</c> (dd/MM/yyyy in Vietnam's time zone) and the
/// partials of <c>_partials/*.hbs</c>.
/// </summary>
internal static class DocumentHandlebars
{
    public const string PartialsFolder = "_partials";

    // Helpers and partials are registered here, before any compile: registration is not thread-safe.
    public static IHandlebars Create(string templatesFolder, TimeZoneInfo zone)
    {
        var handlebars = Handlebars.Create(new HandlebarsConfiguration { TextEncoder = new MarkupEncoder() });
        HandlebarsBuiltIns.Register(handlebars);
        handlebars.RegisterHelper("formatDate", (context, arguments) =>
            EmailTemplates.FormatDate(arguments.Length > 0 ? arguments[0] : null, arguments.Length > 1 ? arguments[1] as string : null, zone));
        // {{ordinal @index}}: the row number (STT) of a table row, counted from 1.
        handlebars.RegisterHelper("ordinal", (context, arguments) =>
            arguments.Length > 0 && int.TryParse(Convert.ToString(arguments[0], System.Globalization.CultureInfo.InvariantCulture), out var index) ? index + 1 : "");
        foreach (var (name, text) in Partials(templatesFolder)) handlebars.RegisterTemplate(name, text);
        return handlebars;
    }

    public static IEnumerable<(string Name, string Text)> Partials(string templatesFolder)
    {
        var folder = Path.Combine(templatesFolder, PartialsFolder);
        if (!Directory.Exists(folder)) yield break;
        foreach (var file in Directory.GetFiles(folder, "*.hbs").Order(StringComparer.Ordinal))
            yield return (Path.GetFileNameWithoutExtension(file), File.ReadAllText(file));
    }
}
