using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Text = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace CongVu.Host.Documents.Docx;

/// <summary>
/// Writes inline content (text, strong, em, u, span, br) as a paragraph of runs. White space collapses as in HTML
/// (non-breaking spaces stay), so the DOCX reads like the preview.
/// </summary>
internal static partial class DocxInline
{
    /// <summary>A paragraph of <paramref name="nodes"/>, or null when they hold no text and no line break.</summary>
    public static Paragraph? Paragraph(IEnumerable<XNode> nodes, Look look, string? prefix = null)
    {
        var pieces = new List<Piece>();
        if (prefix is not null) pieces.Add(new Piece(prefix, false, false, false, false));
        foreach (var node in nodes) Collect(node, look.Bold, look.Italic, look.Underline, pieces);
        Collapse(pieces);
        if (!pieces.Any(p => p.Break || p.Text.Length > 0)) return null;
        var paragraph = Empty(look);
        foreach (var piece in pieces.Where(p => p.Break || p.Text.Length > 0)) paragraph.Append(Run(piece, look.Size));
        return paragraph;
    }

    /// <summary>A paragraph with the look's properties and no text (a table cell must hold at least one).</summary>
    public static Paragraph Empty(Look look)
    {
        var properties = new ParagraphProperties();
        if (look.KeepNext) properties.Append(new KeepNext());
        properties.Append(new SpacingBetweenLines { Before = Twips(look.Before), After = Twips(look.After), Line = "240", LineRule = LineSpacingRuleValues.Auto });
        if (look.Indent) properties.Append(new Indentation { FirstLine = Twips(Look.FirstLineIndent) });
        properties.Append(new Justification { Val = look.Align });
        properties.Append(new ParagraphMarkRunProperties(new FontSize { Val = Twips(look.Size) }, new FontSizeComplexScript { Val = Twips(look.Size) }));
        return new Paragraph(properties);
    }

    private static void Collect(XNode node, bool bold, bool italic, bool underline, List<Piece> pieces)
    {
        switch (node)
        {
            case XText text:
                pieces.Add(new Piece(text.Value, bold, italic, underline, false));
                break;
            case XElement { Name.LocalName: "br" }:
                pieces.Add(new Piece("", bold, italic, underline, true));
                break;
            case XElement element:
                var name = element.Name.LocalName;
                foreach (var child in element.Nodes())
                    Collect(child, bold || name == "strong", italic || name == "em", underline || name == "u", pieces);
                break;
        }
    }

    /// <summary>HTML's white space rules: runs become one space, none at the start or end of a line.</summary>
    private static void Collapse(List<Piece> pieces)
    {
        var atLineStart = true;
        for (var i = 0; i < pieces.Count; i++)
        {
            if (pieces[i].Break) { TrimEnd(pieces, i - 1); atLineStart = true; continue; }
            var text = Spaces().Replace(pieces[i].Text, " ");
            if (atLineStart) text = text.TrimStart(' ');
            if (text.Length > 0) atLineStart = text.EndsWith(' ');
            pieces[i] = pieces[i] with { Text = text };
        }
        TrimEnd(pieces, pieces.Count - 1);
    }

    private static void TrimEnd(List<Piece> pieces, int from)
    {
        for (var i = from; i >= 0 && !pieces[i].Break; i--)
        {
            pieces[i] = pieces[i] with { Text = pieces[i].Text.TrimEnd(' ') };
            if (pieces[i].Text.Length > 0) return;
        }
    }

    /// <summary>A run of plain text, such as a list marker.</summary>
    public static Run Plain(string text, int size) => Run(new Piece(text, false, false, false, false), size);

    private static Run Run(Piece piece, int size)
    {
        var properties = new RunProperties();
        if (piece.Bold) properties.Append(new Bold(), new BoldComplexScript());
        if (piece.Italic) properties.Append(new Italic(), new ItalicComplexScript());
        properties.Append(new FontSize { Val = Twips(size) }, new FontSizeComplexScript { Val = Twips(size) });
        if (piece.Underline) properties.Append(new Underline { Val = UnderlineValues.Single });
        return piece.Break
            ? new Run(properties, new Break())
            : new Run(properties, new Text(piece.Text) { Space = SpaceProcessingModeValues.Preserve });
    }

    private static string Twips(int value) => value.ToString(CultureInfo.InvariantCulture);

    // Not \s: a non-breaking space is meant to stay.
    [GeneratedRegex("[ \t\r\n]+")]
    private static partial Regex Spaces();

    private sealed record Piece(string Text, bool Bold, bool Italic, bool Underline, bool Break);
}
