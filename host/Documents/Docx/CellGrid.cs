using System.Globalization;
using System.Xml.Linq;

namespace CongVu.Host.Documents.Docx;

/// <summary>
/// An HTML table's cells placed on a grid: column spans widen a slot; a row span leaves continuation slots (no element)
/// in the rows below, which Word draws as one merged cell.
/// </summary>
internal sealed class CellGrid
{
    private CellGrid(List<List<Slot>> rows, int columns)
    {
        Rows = rows;
        Columns = columns;
    }

    /// <summary>About 1.3 cm, in twips.</summary>
    public const int MinimumWidth = 750;

    public IReadOnlyList<IReadOnlyList<Slot>> Rows { get; }

    public int Columns { get; }

    public static CellGrid Read(XElement table)
    {
        var rows = new List<List<Slot>>();
        var below = new Dictionary<int, (int Rows, int Span)>(); // column → rows still covered by a row span above
        foreach (var tr in table.Elements("tr"))
        {
            var row = new List<Slot>();
            var column = 0;
            foreach (var cell in tr.Elements().Where(e => e.Name.LocalName is "td" or "th"))
            {
                column = Continue(row, below, column);
                var span = Number(cell, "colspan");
                var rowSpan = Number(cell, "rowspan");
                row.Add(new Slot(cell, column, span, rowSpan));
                if (rowSpan > 1) below[column] = (rowSpan - 1, span);
                column += span;
            }
            Continue(row, below, column, toEnd: true);
            rows.Add(row);
        }
        var columns = Math.Max(1, rows.Count == 0 ? 1 : rows.Max(r => r.Count == 0 ? 0 : r.Max(s => s.Column + s.Span)));
        foreach (var row in rows.Where(r => r.Count == 0)) row.Add(new Slot(null, 0, columns, 1) { Filler = true });
        return new CellGrid(rows, columns);
    }

    /// <summary>Column widths summing to <paramref name="total"/>, by the average text length of single-column cells (within limits).</summary>
    public int[] Widths(int total)
    {
        var weights = new double[Columns];
        for (var c = 0; c < Columns; c++)
        {
            var lengths = Rows.SelectMany(r => r).Where(s => s.Element is not null && s.Span == 1 && s.Column == c).Select(s => Length(s.Element!)).Where(n => n > 0).ToList();
            weights[c] = Math.Clamp(lengths.Count == 0 ? 4 : lengths.Average(), 4, 60);
        }
        var sum = weights.Sum();
        var widths = weights.Select(w => (int)Math.Floor(total * w / sum)).ToArray();
        // A narrow column ("STT") still fits three letters at 13 pt; the wider columns give up the difference.
        var minimum = Math.Min(MinimumWidth, total / Columns);
        var missing = widths.Where(w => w < minimum).Sum(w => minimum - w);
        var wide = widths.Where(w => w > minimum).Sum();
        if (missing > 0 && wide > 0)
            widths = widths.Select(w => w < minimum ? minimum : w - (int)Math.Ceiling((double)missing * w / wide)).ToArray();
        widths[^1] += total - widths.Sum();
        return widths;
    }

    private static int Continue(List<Slot> row, Dictionary<int, (int Rows, int Span)> below, int column, bool toEnd = false)
    {
        while (below.TryGetValue(column, out var covered) || (toEnd && below.Keys.Any(k => k > column)))
        {
            if (!below.TryGetValue(column, out covered)) { column++; continue; }
            row.Add(new Slot(null, column, covered.Span, 1));
            if (covered.Rows == 1) below.Remove(column);
            else below[column] = (covered.Rows - 1, covered.Span);
            column += covered.Span;
        }
        return column;
    }

    private static int Length(XElement cell) => string.Join(' ', cell.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Length;

    private static int Number(XElement cell, string attribute) =>
        int.TryParse((string?)cell.Attribute(attribute), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is > 0 and < 100 ? value : 1;

    /// <summary>A cell (or, without an element, the continuation of a row span above) at a column.</summary>
    public sealed record Slot(XElement? Element, int Column, int Span, int RowSpan)
    {
        /// <summary>An empty row's single placeholder, not part of a row span.</summary>
        public bool Filler { get; init; }
    }
}
