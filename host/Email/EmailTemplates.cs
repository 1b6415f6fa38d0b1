using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using CongVu.Engine.Expressions;
using CongVu.Engine.Scheduling.Time;
using HandlebarsDotNet;
using Microsoft.Extensions.Options;

namespace CongVu.Host.Email;

/// <summary>
/// The e-mail templates of <c>templates/email</c>: a template <c>name</c> is <c>name.html.hbs</c> with optional
/// <c>name.subject.hbs</c> and <c>name.txt.hbs</c> (plain text; derived from the HTML when absent), and a sample model
/// <c>name.sample.json</c> that a test renders. Each file is compiled once; the helper <c>formatDate value [format]</c>
/// writes dates in the engine's time zone (Asia/Ho_Chi_Minh), by default as dd/MM/yyyy.
/// </summary>
public sealed class EmailTemplates
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");
    private readonly IHandlebars _html;
    private readonly IHandlebars _plain;
    private readonly TimeZoneInfo _zone;
    private readonly string _folder;
    private readonly ITemplateOverrides? _overrides;
    private readonly ConcurrentDictionary<string, Lazy<TemplateSet>> _cache = new(StringComparer.Ordinal);
    private long _overridesVersion;

    /// <param name="overrides">Texts edited in the browser, which replace the files; null reads the files only.</param>
    public EmailTemplates(IOptions<EmailOptions> options, IOptions<TimeOptions> time, ITemplateOverrides? overrides = null)
    {
        _folder = options.Value.TemplatesFolder;
        _overrides = overrides;
        _zone = time.Value.ResolveTimeZone();
        // Helpers are registered before first use only: registration is not thread-safe.
        _html = Handlebars.Create(new HandlebarsConfiguration { TextEncoder = new MarkupEncoder() });
        _plain = Handlebars.Create(new HandlebarsConfiguration { TextEncoder = null });
        foreach (var handlebars in new[] { _html, _plain })
            handlebars.RegisterHelper("formatDate", (context, arguments) => FormatDate(arguments.Length > 0 ? arguments[0] : null, arguments.Length > 1 ? arguments[1] as string : null, _zone));
    }

    /// <summary>The template names found in the folder, sorted.</summary>
    public IReadOnlyList<string> Names => Directory.Exists(_folder)
        ? [.. Directory.GetFiles(_folder, "*.html.hbs").Select(f => Path.GetFileName(f)[..^".html.hbs".Length]).Order(StringComparer.Ordinal)]
        : [];

    public bool Exists(string name) => IsValidName(name) && File.Exists(FilePath(name, "html.hbs"));

    /// <summary>Renders a template; throws <see cref="InvalidOperationException"/> for an unknown name or a template that does not compile.</summary>
    public RenderedEmail Render(string name, object? model)
    {
        if (!Exists(name)) throw new InvalidOperationException($"E-mail template '{name}' does not exist in {_folder}.");
        var key = name;
        if (_overrides is not null)
        {
            // Compiled sets are keyed by the edits' version, so a save elsewhere is picked up and stale sets are dropped.
            var version = _overrides.Version;
            if (Interlocked.Exchange(ref _overridesVersion, version) != version) _cache.Clear();
            key = $"{version}:{name}";
        }
        var set = _cache.GetOrAdd(key, _ => new Lazy<TemplateSet>(() => Compile(name))).Value;
        var html = set.Html(model);
        var subject = set.Subject is null ? "" : OneLine(set.Subject(model));
        var text = set.Text is null ? HtmlText.ToPlain(html) : set.Text(model);
        return new RenderedEmail(subject, html, text.Trim() + "\n");
    }

    /// <summary>Renders a template with its sample model (the admin preview and the template test).</summary>
    public RenderedEmail RenderSample(string name) =>
        Render(name, ValueConverter.ToClr(JsonNode.Parse(File.ReadAllText(FilePath(name, "sample.json")))));

    /// <summary>Compiles and renders one file's text (suffix "html.hbs", "subject.hbs" or "txt.hbs") as the editor checks it; throws <see cref="HandlebarsException"/>.</summary>
    internal string RenderText(string suffix, string text, object? model) => (suffix == "html.hbs" ? _html : _plain).Compile(text)(model);

    /// <summary>A subject is one header line: line breaks and runs of spaces become one space.</summary>
    public static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private TemplateSet Compile(string name)
    {
        HandlebarsTemplate<object, object>? Load(IHandlebars handlebars, string suffix) =>
            File.Exists(FilePath(name, suffix)) ? handlebars.Compile(_overrides?.Find(ITemplateOverrides.Email, $"{name}.{suffix}") ?? File.ReadAllText(FilePath(name, suffix))) : null;
        try
        {
            return new TemplateSet(Load(_plain, "subject.hbs"), Load(_html, "html.hbs")!, Load(_plain, "txt.hbs"));
        }
        catch (HandlebarsException e)
        {
            throw new InvalidOperationException($"E-mail template '{name}' does not compile: {e.Message}", e);
        }
    }

    /// <summary>The <c>formatDate</c> helper, shared with document templates: dates in <paramref name="zone"/>, dd/MM/yyyy by default.</summary>
    internal static string FormatDate(object? value, string? format, TimeZoneInfo zone)
    {
        DateTimeOffset? instant = value switch
        {
            DateTimeOffset o => o,
            DateTime d => new DateTimeOffset(d.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(d, DateTimeKind.Utc) : d),
            string s when DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) => parsed,
            _ => null,
        };
        if (instant is null) return value is null or UndefinedBindingResult ? "" : Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
        return TimeZoneInfo.ConvertTime(instant.Value, zone).ToString(string.IsNullOrEmpty(format) ? "dd/MM/yyyy" : format, Vietnamese);
    }

    private string FilePath(string name, string suffix) => Path.Combine(_folder, $"{name}.{suffix}");

    private static bool IsValidName(string name) => name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private sealed record TemplateSet(HandlebarsTemplate<object, object>? Subject, HandlebarsTemplate<object, object> Html, HandlebarsTemplate<object, object>? Text);
}

/// <summary>A rendered message: one-line subject, HTML body and plain-text body.</summary>
public sealed record RenderedEmail(string Subject, string Html, string Text);
