using DocumentFormat.OpenXml.Wordprocessing;
using Xunit;

namespace CongVu.Host.Tests.Documents;

/// <summary>How the test template's classes and elements come out in Word: sizes, styles, lists, data tables, the footer.</summary>
public sealed class Nd30LayoutTests
{
    private static DocxFile Render(out string html)
    {
        var renderer = DocumentTemplates.Renderer(DocumentTemplates.Test);
        var rendered = renderer.Render(DocumentTemplates.TestTemplate, renderer.Sample(DocumentTemplates.TestTemplate));
        html = rendered.Html;
        Assert.Equal("Thông báo về việc kiểm tra thể thức văn bản", rendered.Title);
        return new DocxFile(rendered.Docx);
    }

    private static RunProperties FirstRun(Paragraph paragraph) => paragraph.Descendants<Run>().First().RunProperties!;

    [Fact]
    public void Render_HeaderTexts_AreUpperCasedAndSizedAsTheDecreeSays()
    {
        using var docx = Render(out var html);

        Assert.Contains("<p class=\"nation\">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>", html, StringComparison.Ordinal);
        var issuer = docx.Paragraph("SỞ THỬ NGHIỆM");
        Assert.NotNull(FirstRun(issuer).Bold);
        Assert.Equal("26", FirstRun(issuer).FontSize!.Val);
        var parent = docx.Paragraph("UBND THÀNH PHỐ CẦN THƠ");
        Assert.Null(FirstRun(parent).Bold);
        Assert.NotNull(FirstRun(docx.Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).Bold);
        Assert.Equal("Số: 7/TB-STN", DocxFile.Collapse(docx.Paragraph("Số:").InnerText));
        var date = docx.Paragraph("Cần Thơ, ngày 05 tháng 02 năm 2027");
        Assert.NotNull(FirstRun(date).Italic);
        Assert.Equal("THÔNG BÁO", DocxFile.Collapse(docx.Paragraph("THÔNG BÁO").InnerText));
        Assert.NotNull(FirstRun(docx.Paragraph("Về việc kiểm tra")).Bold);
    }

    [Fact]
    public void Render_Body_IsJustifiedWithFirstLineIndentAndKeepsInlineFormatting()
    {
        using var docx = Render(out _);

        var paragraph = docx.Paragraph("Sở Thử nghiệm đề nghị");
        Assert.Equal(JustificationValues.Both, paragraph.ParagraphProperties!.Justification!.Val!.Value);
        Assert.Equal("567", paragraph.ParagraphProperties.Indentation!.FirstLine);
        Assert.Single(paragraph.Descendants<Break>());
        var runs = paragraph.Descendants<Run>().ToList();
        Assert.Contains(runs, r => r.InnerText == "đúng hạn" && r.RunProperties!.Bold is not null);
        Assert.Contains(runs, r => r.InnerText == "đầy đủ" && r.RunProperties!.Italic is not null);
        Assert.Contains(runs, r => r.InnerText == "chính xác" && r.RunProperties!.Underline is not null);
        Assert.Contains("thứ hai\u00A0của đoạn", paragraph.InnerText, StringComparison.Ordinal);
        Assert.Equal("Ngày nhận: 05/02/2027; tỷ lệ 62,5%; đã xong.", DocxFile.Collapse(docx.Paragraph("Ngày nhận").InnerText));
        Assert.Equal("- Rà soát hồ sơ tồn đọng;", docx.Paragraph("- Rà soát").InnerText);
        Assert.Equal("2. Bước hai.", docx.Paragraph("2. Bước").InnerText);
    }

    [Fact]
    public void Render_DataTable_HasBordersHeaderRowAndSpans()
    {
        using var docx = Render(out _);

        var table = docx.Body.Elements<Table>().Single(t => t.InnerText.Contains("Xếp loại", StringComparison.Ordinal));
        Assert.All(table.GetFirstChild<TableProperties>()!.TableBorders!.Elements<BorderType>(), b => Assert.Equal(BorderValues.Single, b.Val!.Value));
        Assert.Equal(3, table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Count());
        var rows = table.Elements<TableRow>().ToList();
        Assert.NotNull(rows[0].TableRowProperties?.GetFirstChild<TableHeader>());
        var first = rows[0].Elements<TableCell>().ToList();
        Assert.Equal(MergedCellValues.Restart, first[0].TableCellProperties!.VerticalMerge!.Val!.Value);
        Assert.Equal(2, first[1].TableCellProperties!.GridSpan!.Val!.Value);
        Assert.Equal(MergedCellValues.Continue, rows[1].Elements<TableCell>().First().TableCellProperties!.VerticalMerge!.Val!.Value);
        Assert.Equal(4, rows.Count);
        Assert.Equal("Phòng Tổ chức cán bộ", DocxFile.Collapse(rows[2].Elements<TableCell>().ElementAt(1).InnerText));
    }

    [Fact]
    public void Render_RecipientsAndSignature_SitSideBySideWithTheirSizes()
    {
        using var docx = Render(out _);

        var footer = docx.Body.Elements<Table>().Last();
        var cells = footer.Elements<TableRow>().Single().Elements<TableCell>().ToList();
        Assert.Equal(2, cells.Count);
        var heading = cells[0].Elements<Paragraph>().First();
        Assert.Equal("Nơi nhận:", heading.InnerText);
        Assert.NotNull(FirstRun(heading).Bold);
        Assert.NotNull(FirstRun(heading).Italic);
        Assert.Equal("24", FirstRun(heading).FontSize!.Val);
        var item = cells[0].Elements<Paragraph>().ElementAt(1);
        Assert.Equal("- Như trên;", item.InnerText);
        Assert.Equal("22", FirstRun(item).FontSize!.Val);
        Assert.Equal("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nLê Văn Ký", DocxFile.Text(cells[1]));
        Assert.All(cells[1].Elements<Paragraph>(), p => Assert.Equal(JustificationValues.Center, p.ParagraphProperties!.Justification!.Val!.Value));
    }
}
