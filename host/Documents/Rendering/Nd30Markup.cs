using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace CongVu.Host.Documents.Rendering;

/// <summary>
/// The XHTML a document template may produce: one <c>&lt;article class="nd30"&gt;</c> built from a fixed set of
/// elements, which both the preview and the DOCX writer understand. Parsing also cleans it: attributes other than
/// class, colspan and rowspan are dropped, and text in upper-case parts (issuer, nation, document type, signature
/// titles) is upper-cased, so every viewer shows it as the decree wants.
/// </summary>
internal static partial class Nd30Markup
{
    public static readonly IReadOnlySet<string> Elements = new HashSet<string>(StringComparer.Ordinal)
    {
        "article", "header", "section", "table", "tr", "td", "th", "p", "h1", "h2", "h3", "strong", "em", "u", "br", "ul", "ol", "li", "span",
    };

    public static readonly IReadOnlySet<string> Inline = new HashSet<string>(StringComparer.Ordinal) { "strong", "em", "u", "span", "br" };

    private static readonly string[] UpperClasses = ["issuer-parent", "issuer", "nation", "doc-type", "sign-authority", "sign-title"];
    private static readonly string[] KeptAttributes = ["class", "colspan", "rowspan"];
    private static readonly string[] XmlEntities = ["amp", "lt", "gt", "quot", "apos"];
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Parses and cleans rendered template output; throws <see cref="DocumentMarkupException"/> with the output line.</summary>
    public static XElement Parse(string xhtml)
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(NamedEntitiesToNumeric(xhtml.Trim()), LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace);
        }
        catch (XmlException e)
        {
            throw new DocumentMarkupException(e.LineNumber > 0 ? e.LineNumber : null, Explain(e.Message));
        }
        var root = document.Root!;
        if (root.Name.LocalName != "article" || !HasClass(root, "nd30"))
            throw new DocumentMarkupException(LineOf(root), "Văn bản phải nằm trong đúng một thẻ gốc <article class=\"nd30\">.");
        var unknown = root.DescendantsAndSelf().Where(e => e.Name.Namespace != XNamespace.None || !Elements.Contains(e.Name.LocalName)).ToList();
        if (unknown.Count > 0)
        {
            var names = string.Join(", ", unknown.Select(e => $"<{e.Name.LocalName}>").Distinct());
            throw new DocumentMarkupException(LineOf(unknown[0]),
                $"Thẻ không được phép trong văn bản: {names}. Chỉ dùng các thẻ: {string.Join(", ", Elements)}.") { Refused = unknown[0].Name.LocalName };
        }
        if (root.Descendants().FirstOrDefault(e => Misplaced(e) is not null) is { } misplaced)
            throw new DocumentMarkupException(LineOf(misplaced), Misplaced(misplaced)!);
        foreach (var element in root.DescendantsAndSelf().ToList()) Clean(element);
        return new XElement(root);
    }

    public static bool HasClass(XElement element, string name) => Classes(element).Contains(name, StringComparer.Ordinal);

    public static string[] Classes(XElement element) =>
        (string?)element.Attribute("class") is { } value ? value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) : [];

    /// <summary>Serialises as XHTML that HTML parsers also read the same way (no self-closed <c>&lt;td/&gt;</c>).</summary>
    public static string ToHtml(XElement article) => article.ToString(SaveOptions.DisableFormatting);

    /// <summary>The text of an element with runs of white space made one space.</summary>
    public static string Text(XElement element) => Spaces().Replace(element.Value, " ").Trim();

    /// <summary>What is wrong with where an element sits, or null: rows in tables, cells in rows, items in lists, text in paragraphs.</summary>
    private static string? Misplaced(XElement element)
    {
        var name = element.Name.LocalName;
        var parent = element.Parent!.Name.LocalName;
        return name switch
        {
            "tr" when parent != "table" => "Thẻ <tr> phải nằm ngay trong <table>.",
            "td" or "th" when parent != "tr" => $"Thẻ <{name}> phải nằm ngay trong <tr>.",
            "li" when parent is not ("ul" or "ol") => "Thẻ <li> phải nằm ngay trong <ul> hoặc <ol>.",
            _ when parent is "table" && name != "tr" => $"Trong <table> chỉ có các dòng <tr>, không có <{name}>.",
            _ when parent is "tr" && name is not ("td" or "th") => $"Trong <tr> chỉ có các ô <td> hoặc <th>, không có <{name}>.",
            _ when parent is "ul" or "ol" && name != "li" => $"Trong <{parent}> chỉ có các mục <li>, không có <{name}>.",
            _ when parent is "p" or "h1" or "h2" or "h3" or "strong" or "em" or "u" or "span" && !Inline.Contains(name) =>
                $"Thẻ <{parent}> chỉ chứa chữ và các thẻ strong, em, u, span, br; không chứa <{name}>.",
            _ => null,
        };
    }

    private static void Clean(XElement element)
    {
        foreach (var attribute in element.Attributes().Where(a => !KeptAttributes.Contains(a.Name.LocalName) || a.Name.Namespace != XNamespace.None).ToList())
            attribute.Remove();
        if (Classes(element).Any(UpperClasses.Contains))
            foreach (var text in element.DescendantNodes().OfType<XText>()) text.Value = text.Value.ToUpper(Vietnamese);
        if (element.IsEmpty && element.Name.LocalName != "br") element.Value = "";
    }

    private static int? LineOf(XElement element) => element is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : null;

    /// <summary>HTML names such as &amp;nbsp; are not XML; they become character references.</summary>
    private static string NamedEntitiesToNumeric(string text) => NamedEntity().Replace(text, m =>
    {
        if (XmlEntities.Contains(m.Groups[1].Value)) return m.Value;
        var decoded = WebUtility.HtmlDecode(m.Value);
        if (decoded == m.Value) return m.Value;
        var builder = new StringBuilder();
        foreach (var rune in decoded.EnumerateRunes()) builder.Append("&#x").Append(rune.Value.ToString("X", CultureInfo.InvariantCulture)).Append(';');
        return builder.ToString();
    });

    private static string Explain(string message)
    {
        if (MismatchedTag().Match(message) is { Success: true } mismatch)
            return mismatch.Groups[1].Value == "br"
                ? "Thẻ xuống dòng phải viết là <br/> (có dấu / ở cuối)."
                : $"Thẻ <{mismatch.Groups[1].Value}> mở ở dòng {mismatch.Groups[2].Value} không khớp với thẻ đóng </{mismatch.Groups[3].Value}>.";
        if (NotClosed().Match(message) is { Success: true } open)
            return $"Văn bản kết thúc khi các thẻ sau chưa được đóng: {open.Groups[1].Value.Trim()}.";
        if (UndeclaredEntity().Match(message) is { Success: true } entity)
            return $"Ký hiệu &{entity.Groups[1].Value}; không được hỗ trợ; hãy gõ thẳng ký tự đó.";
        if (message.Contains("EntityName", StringComparison.Ordinal) || message.Contains("The expected token is ';'", StringComparison.Ordinal))
            return "Dấu & trong văn bản phải viết là &amp; (hoặc dùng chữ “và”).";
        if (message.Contains("multiple root elements", StringComparison.OrdinalIgnoreCase))
            return "Văn bản phải nằm trong đúng một thẻ gốc <article class=\"nd30\">; có nội dung nằm ngoài thẻ này.";
        return $"Văn bản sau khi trộn dữ liệu không phải XHTML hợp lệ ({message}).";
    }

    [GeneratedRegex(@"&([A-Za-z][A-Za-z0-9]{1,31});")]
    private static partial Regex NamedEntity();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"The '([^']+)' start tag on line (\d+) position \d+ does not match the end tag of '([^']+)'")]
    private static partial Regex MismatchedTag();

    [GeneratedRegex(@"The following elements are not closed: ([^.]+)")]
    private static partial Regex NotClosed();

    [GeneratedRegex(@"undeclared entity '([^']+)'")]
    private static partial Regex UndeclaredEntity();
}

/// <summary>Rendered template output that is not the XHTML documents are made of; the line is the output's.</summary>
public sealed class DocumentMarkupException(int? line, string message) : Exception(message)
{
    public int? Line { get; } = line;

    /// <summary>The first element name that is not allowed, when that is the fault.</summary>
    public string? Refused { get; init; }
}
