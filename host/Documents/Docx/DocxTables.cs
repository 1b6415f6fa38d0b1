using System.Globalization;
using System.Xml.Linq;
using CongVu.Host.Documents.Rendering;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CongVu.Host.Documents.Docx;

/// <summary>
/// Word tables: the borderless two-column header, borderless layout tables (side-by-side blocks) and bordered data
/// tables, with column spans, row spans and column widths from the cells' text lengths.
/// </summary>
internal static class DocxTables
{
    /// <summary>Text width of an A4 page between the decree's margins (210 mm − 30 mm − 15 mm), in twips.</summary>
    public const int TextWidth = 9355;

    /// <summary>An HTML table without borders; the decree's header keeps 40 % for the issuer and 60 % for the nation.</summary>
    public static Table Layout(XElement table, Look look, bool header)
    {
        var grid = CellGrid.Read(table);
        var widths = header && grid.Columns == 2 ? Shares(0.4) : grid.Columns == 2 && HasSignature(table) ? Shares(0.45) : grid.Widths(TextWidth);
        return Build(grid, widths, bordered: false, cell => DocxBlocks.Content(cell, DocxBlocks.ContainerLook(cell, look)));
    }

    /// <summary>A bordered data table; header cells are bold and centred, and a first row of them repeats on every page.</summary>
    public static Table Data(XElement table, Look look)
    {
        var grid = CellGrid.Read(table);
        return Build(grid, grid.Widths(TextWidth), bordered: true, cell =>
            DocxBlocks.Content(cell, cell.Name.LocalName == "th" ? look.With(["center"]).With(Nd30Markup.Classes(cell)) with { Bold = true } : look.With(Nd30Markup.Classes(cell))));
    }

    /// <summary>A header written as blocks rather than a table: issuer parts left, nation and motto right, then number and date.</summary>
    public static Table Header(XElement header, Look look)
    {
        string[] left = ["issuer-parent", "issuer"], right = ["nation", "motto"];
        List<XElement> Marked(params string[] classes) => [.. header.Descendants().Where(e => Nd30Markup.Classes(e).Any(classes.Contains))];
        var table = Columns(Marked(left), Marked(right), look, 0.4);
        if (Marked("number", "place-date").Count > 0) table.Append(Row(Marked("number"), Marked("place-date"), look, Shares(0.4)));
        return table;
    }

    /// <summary>Two borderless columns holding the given blocks; <paramref name="leftShare"/> of the width goes left.</summary>
    public static Table Columns(IReadOnlyList<XElement> left, IReadOnlyList<XElement> right, Look look, double leftShare)
    {
        var widths = Shares(leftShare);
        var table = new Table(Properties(bordered: false), new TableGrid(widths.Select(w => new GridColumn { Width = Twips(w) })));
        table.Append(Row(left, right, look, widths));
        return table;
    }

    private static TableRow Row(IReadOnlyList<XElement> left, IReadOnlyList<XElement> right, Look look, int[] widths)
    {
        IEnumerable<OpenXmlElement> Blocks(IReadOnlyList<XElement> elements) => elements.SelectMany(e => DocxBlocks.Block(e, look.In(look.Zone == Zone.Header ? Zone.Header : Zone.LayoutCell)));
        return new TableRow(Cell(Blocks(left), widths[0], 1, null, look), Cell(Blocks(right), widths[1], 1, null, look));
    }

    private static Table Build(CellGrid grid, int[] widths, bool bordered, Func<XElement, IEnumerable<OpenXmlElement>> content)
    {
        var table = new Table(Properties(bordered), new TableGrid(widths.Select(w => new GridColumn { Width = Twips(w) })));
        var look = Look.Body.In(bordered ? Zone.DataCell : Zone.LayoutCell);
        for (var r = 0; r < grid.Rows.Count; r++)
        {
            var row = new TableRow();
            // Data rows stay on one page; a first row of header cells repeats on every page.
            if (bordered && r == 0 && grid.Rows[0].All(c => c.Element?.Name.LocalName is "th" or null))
                row.Append(new TableRowProperties(new CantSplit(), new TableHeader()));
            else if (bordered)
                row.Append(new TableRowProperties(new CantSplit()));
            foreach (var slot in grid.Rows[r])
            {
                var width = widths.Skip(slot.Column).Take(slot.Span).Sum();
                var merge = slot.Element is null ? slot.Filler ? null : MergedCellValues.Continue : slot.RowSpan > 1 ? MergedCellValues.Restart : (MergedCellValues?)null;
                var blocks = slot.Element is null ? [] : content(slot.Element);
                row.Append(Cell(blocks, width, slot.Span, merge, look));
            }
            table.Append(row);
        }
        return table;
    }

    private static TableCell Cell(IEnumerable<OpenXmlElement> blocks, int width, int span, MergedCellValues? merge, Look look)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = Twips(width), Type = TableWidthUnitValues.Dxa });
        if (span > 1) properties.Append(new GridSpan { Val = span });
        if (merge is { } value) properties.Append(new VerticalMerge { Val = value });
        var cell = new TableCell(properties);
        cell.Append(blocks);
        // Word needs a paragraph in every cell, and the last element of a cell must be one.
        if (cell.LastChild is not Paragraph) cell.Append(DocxInline.Empty(look with { Before = 0, After = 0 }));
        return cell;
    }

    private static TableProperties Properties(bool bordered)
    {
        BorderType Line<T>() where T : BorderType, new() => bordered
            ? new T { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" }
            : new T { Val = BorderValues.Nil };
        return new TableProperties(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(Line<TopBorder>(), Line<LeftBorder>(), Line<BottomBorder>(), Line<RightBorder>(), Line<InsideHorizontalBorder>(), Line<InsideVerticalBorder>()),
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableCellMarginDefault(
                new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = bordered ? (short)85 : (short)57, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = bordered ? (short)85 : (short)57, Type = TableWidthValues.Dxa }));
    }

    private static bool HasSignature(XElement table) => table.Descendants().Any(e => Nd30Markup.HasClass(e, "signature"));

    private static int[] Shares(double left) => [(int)Math.Round(TextWidth * left), TextWidth - (int)Math.Round(TextWidth * left)];

    private static string Twips(int value) => value.ToString(CultureInfo.InvariantCulture);
}
