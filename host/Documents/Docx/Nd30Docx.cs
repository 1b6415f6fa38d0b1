using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CongVu.Host.Documents.Docx;

/// <summary>
/// Writes a checked document as a .docx in the Decree 30/2020 layout: A4, margins top 20, bottom 20, left 30 and
/// right 15 mm, Times New Roman 14 pt (header texts 13 pt), Vietnamese proofing language.
/// </summary>
internal static class Nd30Docx
{
    public const string Font = "Times New Roman";
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    // Twips (1/1440 inch): A4 is 210 × 297 mm; 20 mm ≈ 1134, 30 mm ≈ 1701, 15 mm ≈ 850.
    public const int PageWidth = 11906, PageHeight = 16838, MarginTop = 1134, MarginBottom = 1134, MarginLeft = 1701, MarginRight = 850;

    public static byte[] Write(XElement article, string title)
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            package.PackageProperties.Title = title;
            package.PackageProperties.Creator = "Công vụ";
            package.PackageProperties.Language = "vi-VN";
            var main = package.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            var body = new Body();
            body.Append(DocxBlocks.Content(article, Look.Body));
            body.Append(Section());
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }

    private static Styles Styles()
    {
        RunFonts Fonts() => new() { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font };
        var defaults = new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(Fonts(), new FontSize { Val = "28" }, new FontSizeComplexScript { Val = "28" }, new Languages { Val = "vi-VN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto })));
        var normal = new Style(new StyleName { Val = "Normal" }, new PrimaryStyle(), new StyleRunProperties(Fonts(), new FontSize { Val = "28" }, new FontSizeComplexScript { Val = "28" }))
        {
            Type = StyleValues.Paragraph,
            StyleId = "Normal",
            Default = true,
        };
        var table = new Style(new StyleName { Val = "Normal Table" }, new UIPriority { Val = 99 }, new SemiHidden(), new UnhideWhenUsed(),
            new StyleTableProperties(new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa }))
        {
            Type = StyleValues.Table,
            StyleId = "TableNormal",
            Default = true,
        };
        return new Styles(defaults, normal, table);
    }

    private static SectionProperties Section() => new(
        new PageSize { Width = (UInt32Value)(uint)PageWidth, Height = (UInt32Value)(uint)PageHeight },
        new PageMargin { Top = MarginTop, Bottom = MarginBottom, Left = (uint)MarginLeft, Right = (uint)MarginRight, Header = 720U, Footer = 720U, Gutter = 0U });
}
