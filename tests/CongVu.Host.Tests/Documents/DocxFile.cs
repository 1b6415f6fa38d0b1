using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CongVu.Host.Tests.Documents;

/// <summary>A generated .docx opened with the Open XML SDK, with the reads the tests need.</summary>
public sealed partial class DocxFile : IDisposable
{
    private readonly WordprocessingDocument _document;

    public DocxFile(byte[] bytes)
    {
        _document = WordprocessingDocument.Open(new MemoryStream(bytes), isEditable: false);
    }

    public Body Body => _document.MainDocumentPart!.Document.Body!;

    public Styles Styles => _document.MainDocumentPart!.StyleDefinitionsPart!.Styles!;

    /// <summary>Schema errors as "path: description" lines.</summary>
    public IReadOnlyList<string> ValidationErrors() =>
        [.. new OpenXmlValidator(FileFormatVersions.Office2010).Validate(_document).Select(e => $"{e.Path?.XPath}: {e.Description}")];

    /// <summary>The text of an element: paragraphs on their own lines, breaks as line ends, white space collapsed within a line.</summary>
    public static string Text(OpenXmlElement element)
    {
        var lines = new List<string>();
        foreach (var paragraph in element.Descendants<Paragraph>())
        {
            var text = new StringBuilder();
            foreach (var node in paragraph.Descendants())
            {
                if (node is Text t) text.Append(t.Text);
                else if (node is Break) text.Append('\n');
            }
            lines.AddRange(text.ToString().Split('\n').Select(Collapse));
        }
        return string.Join('\n', lines);
    }

    public static string Collapse(string text) => Spaces().Replace(text.Replace('\u00A0', ' '), " ").Trim();

    /// <summary>The paragraph whose text (collapsed) starts with <paramref name="start"/>.</summary>
    public Paragraph Paragraph(string start) =>
        Body.Descendants<Paragraph>().First(p => Collapse(string.Concat(p.Descendants<Text>().Select(t => t.Text))).StartsWith(start, StringComparison.Ordinal));

    public void Dispose() => _document.Dispose();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
