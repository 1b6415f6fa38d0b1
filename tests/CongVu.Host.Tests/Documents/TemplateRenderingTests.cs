using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;
using Xunit;

namespace CongVu.Host.Tests.Documents;

/// <summary>Every document template renders its sample model into a DOCX in the Decree 30/2020 layout.</summary>
public sealed partial class TemplateRenderingTests
{
    private const string Nation = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Motto = "Độc lập - Tự do - Hạnh phúc";
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static TheoryData<string, string> Templates() => DocumentTemplates.All();

    [Theory]
    [MemberData(nameof(Templates))]
    public void Render_Sample_HeaderFontsPageAndVietnameseText(string source, string name)
    {
        var renderer = DocumentTemplates.Renderer(source);
        var sample = JsonNode.Parse(File.ReadAllText(Path.Combine(renderer.Folder, $"{name}.sample.json")))!.AsObject();

        var rendered = renderer.Render(name, renderer.Sample(name));

        Assert.StartsWith("<article class=\"nd30\"", rendered.Html, StringComparison.Ordinal);
        Assert.Contains(rendered.Html, rendered.Page, StringComparison.Ordinal);
        using var docx = new DocxFile(rendered.Docx);
        Assert.Empty(docx.ValidationErrors());

        // The document opens with the two-column, borderless header: issuer left, nation and motto right.
        var header = Assert.IsType<Table>(docx.Body.ChildElements[0]);
        Assert.Equal(2, header.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Count());
        Assert.All(header.GetFirstChild<TableProperties>()!.TableBorders!.Elements<BorderType>(), b => Assert.Equal(BorderValues.Nil, b.Val!.Value));
        var firstRow = header.Elements<TableRow>().First().Elements<TableCell>().ToList();
        Assert.Contains(sample["unit"]!["name"]!.GetValue<string>().ToUpper(Vietnamese), DocxFile.Text(firstRow[0]), StringComparison.Ordinal);
        Assert.Contains(Nation, DocxFile.Text(firstRow[1]), StringComparison.Ordinal);
        Assert.Contains(Motto, DocxFile.Text(firstRow[1]), StringComparison.Ordinal);
        var motto = docx.Paragraph(Motto).Descendants<Run>().First();
        Assert.NotNull(motto.RunProperties!.Bold);
        Assert.Equal(UnderlineValues.Single, motto.RunProperties.Underline!.Val!.Value);

        // Times New Roman everywhere, 14 pt body; A4 with margins 20/20/30/15 mm.
        var defaults = docx.Styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("Times New Roman", defaults.RunFonts!.Ascii);
        Assert.Equal("Times New Roman", defaults.RunFonts.HighAnsi);
        Assert.Equal("28", defaults.FontSize!.Val);
        Assert.All(docx.Body.Descendants<RunFonts>(), f => Assert.Equal("Times New Roman", f.Ascii));
        var section = docx.Body.Elements<SectionProperties>().Single();
        Assert.Equal(11906U, section.GetFirstChild<PageSize>()!.Width!.Value);
        Assert.Equal(16838U, section.GetFirstChild<PageSize>()!.Height!.Value);
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.Equal((1134, 1134, 1701U, 850U), (margin.Top!.Value, margin.Bottom!.Value, margin.Left!.Value, margin.Right!.Value));

        // The document type is bold and centred; the sample's Vietnamese text reaches the DOCX as it reaches the preview.
        var docType = docx.Body.Descendants<Paragraph>().First(p => p.InnerText.Length > 0 && Html(rendered.Html, "doc-type") == DocxFile.Collapse(p.InnerText));
        Assert.Equal(JustificationValues.Center, docType.ParagraphProperties!.Justification!.Val!.Value);
        Assert.All(docType.Descendants<Run>(), r => Assert.NotNull(r.RunProperties!.Bold));
        var htmlText = DocxFile.Collapse(WebUtility.HtmlDecode(Tags().Replace(rendered.Html, " ")));
        var docxText = DocxFile.Collapse(DocxFile.Text(docx.Body));
        var shown = Strings(sample).Where(s => s.Any(c => c > 127) && htmlText.Contains(s, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(shown);
        Assert.All(shown, s => Assert.Contains(s, docxText, StringComparison.Ordinal));
    }

    /// <summary>The collapsed text of the first element with a class in the XHTML.</summary>
    private static string Html(string html, string className) =>
        DocxFile.Collapse(WebUtility.HtmlDecode(Tags().Replace(new Regex($"<p class=\"{className}\">(.*?)</p>").Match(html).Groups[1].Value, "")));

    /// <summary>Every string in the sample outside document and unit (which the host fills in), white space collapsed.</summary>
    private static IEnumerable<string> Strings(JsonObject sample) =>
        sample.Where(p => p.Key is not ("document" or "unit")).SelectMany(p => Leaves(p.Value)).Select(DocxFile.Collapse).Where(s => s.Length >= 6);

    private static IEnumerable<string> Leaves(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Leaves(p.Value)),
        JsonArray a => a.SelectMany(Leaves),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
