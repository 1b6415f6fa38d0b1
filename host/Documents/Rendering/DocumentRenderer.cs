using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using CongVu.Engine.Expressions;
using CongVu.Engine.Scheduling.Time;
using CongVu.Host.Documents.Docx;
using CongVu.Host.Email;
using HandlebarsDotNet;
using Microsoft.Extensions.Options;

namespace CongVu.Host.Documents.Rendering;

/// <summary>
/// Renders document templates (<c>templates/documents/{name}.html.hbs</c>, or the version edited in the browser) with a
/// model into the checked XHTML, a preview page and a DOCX in the Decree 30/2020 layout. Each distinct text compiles once.
/// </summary>
public sealed class DocumentRenderer
{
    private const string TemplateSuffix = ".html.hbs";
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");
    private readonly IHandlebars _handlebars;
    private readonly ITemplateOverrides? _overrides;
    private readonly ConcurrentDictionary<string, Lazy<HandlebarsTemplate<object, object>>> _compiled = new(StringComparer.Ordinal);

    public DocumentRenderer(IOptions<DocumentOptions> options, IOptions<TimeOptions> time, ITemplateOverrides? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        Folder = options.Value.TemplatesFolder;
        _overrides = overrides;
        _handlebars = DocumentHandlebars.Create(Folder, time.Value.ResolveTimeZone());
    }

    /// <summary>The folder of the template files.</summary>
    public string Folder { get; }

    /// <summary>The document template names, sorted.</summary>
    public IReadOnlyList<string> Names => Directory.Exists(Folder)
        ? [.. Directory.GetFiles(Folder, "*" + TemplateSuffix).Select(f => Path.GetFileName(f)[..^TemplateSuffix.Length]).Order(StringComparer.Ordinal)]
        : [];

    public bool Exists(string name) => IsValidName(name) && File.Exists(FilePath(name, TemplateSuffix));

    /// <summary>The template text in use: the latest edited version, else the file.</summary>
    public string Text(string name)
    {
        if (!Exists(name)) throw new InvalidOperationException($"Document template '{name}' does not exist in {Folder}.");
        return _overrides?.Find(ITemplateOverrides.Document, name) ?? File.ReadAllText(FilePath(name, TemplateSuffix));
    }

    /// <summary>The sample model beside the template (<c>{name}.sample.json</c>), or an empty object.</summary>
    public object? Sample(string name) =>
        File.Exists(FilePath(name, ".sample.json")) ? ValueConverter.ToClr(JsonNode.Parse(File.ReadAllText(FilePath(name, ".sample.json")))) : new Dictionary<string, object?>();

    /// <summary>The optional <c>{name}.meta.json</c>: a title for lists and the register symbol (KH, BC, …) of drafts.</summary>
    public DocumentTemplateInfo Info(string name)
    {
        var meta = File.Exists(FilePath(name, ".meta.json")) ? JsonNode.Parse(File.ReadAllText(FilePath(name, ".meta.json"))) as JsonObject : null;
        return new DocumentTemplateInfo(name, meta?["title"]?.ToString() is { Length: > 0 } title ? title : name, meta?["register"]?.ToString() ?? "");
    }

    /// <summary>Renders a template; throws <see cref="DocumentTemplateException"/> with the line and reason when it fails.</summary>
    public RenderedDocument Render(string templateName, object? model)
    {
        try
        {
            return RenderText(Text(templateName), model, Info(templateName).Title);
        }
        catch (DocumentTemplateException e)
        {
            throw new DocumentTemplateException(e.Check, $"Mẫu văn bản '{templateName}': {e.Check.Message}");
        }
    }

    /// <summary>Whether <paramref name="text"/> would do as template <paramref name="name"/>: it compiles, renders the sample and converts.</summary>
    public TemplateCheck Check(string name, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            return new TemplateCheck(null, null, RenderText(text, Sample(name), Exists(name) ? Info(name).Title : name));
        }
        catch (DocumentTemplateException e)
        {
            return e.Check;
        }
    }

    internal RenderedDocument RenderText(string text, object? model, string fallbackTitle)
    {
        var data = model is JsonNode node ? ValueConverter.ToClr(node) : model;
        string output;
        try
        {
            output = _compiled.GetOrAdd(text, t => new Lazy<HandlebarsTemplate<object, object>>(() => _handlebars.Compile(t))).Value(data ?? new Dictionary<string, object?>());
        }
        catch (HandlebarsException e)
        {
            throw new DocumentTemplateException(TemplateErrors.Describe(e, text));
        }
        XElement article;
        try
        {
            article = Nd30Markup.Parse(output);
        }
        catch (DocumentMarkupException e)
        {
            throw new DocumentTemplateException(TemplateErrors.Describe(e, text, output));
        }
        var html = Nd30Markup.ToHtml(article);
        var title = Title(article) ?? fallbackTitle;
        byte[] docx;
        try
        {
            docx = Nd30Docx.Write(article, title);
        }
        catch (InvalidOperationException e)
        {
            throw new DocumentTemplateException(TemplateCheck.Refused(null, $"Không tạo được tệp DOCX: {e.Message}"));
        }
        return new RenderedDocument(title, html, Nd30Page.Page(title, html), docx);
    }

    /// <summary>"Kế hoạch thực hiện …": the document type in sentence case followed by the summary.</summary>
    private static string? Title(XElement article)
    {
        string? Marked(string name) => article.Descendants().FirstOrDefault(e => Nd30Markup.HasClass(e, name)) is { } e && Nd30Markup.Text(e) is { Length: > 0 } t ? t : null;
        var type = Marked("doc-type") is { } upper ? upper[..1] + upper[1..].ToLower(Vietnamese) : null;
        var summary = Marked("summary");
        if (summary is { Length: > 1 } && type is not null && char.IsUpper(summary[0]) && char.IsLower(summary[1]))
            summary = summary[..1].ToLower(Vietnamese) + summary[1..];
        return type is null ? summary : summary is null ? type : $"{type} {summary}";
    }

    private string FilePath(string name, string suffix) => Path.Combine(Folder, name + suffix);

    internal static bool IsValidName(string name) => name.Length is > 0 and <= 100 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}

/// <summary>A document template for lists: its name, title and the register symbol of its drafts.</summary>
public sealed record DocumentTemplateInfo(string Name, string Title, string Register);

/// <summary>A template that does not compile, render or convert; <see cref="Check"/> holds the line and the reason.</summary>
public sealed class DocumentTemplateException(TemplateCheck check, string? message = null) : InvalidOperationException(message ?? check.Message)
{
    public TemplateCheck Check { get; } = check;
}
