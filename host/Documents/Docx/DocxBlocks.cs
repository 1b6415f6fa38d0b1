using System.Globalization;
using System.Xml.Linq;
using CongVu.Host.Documents.Rendering;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CongVu.Host.Documents.Docx;

/// <summary>
/// Maps the document's block elements to Word paragraphs and tables. Containers (article, header, section, cells) pass
/// their classes down; a number next to a place-date, or recipients next to a signature, are laid side by side in a
/// borderless two-column table, as the decree places them.
/// </summary>
internal static class DocxBlocks
{
    private static readonly (string Left, string Right)[] SideBySide = [("number", "place-date"), ("recipients", "signature")];

    /// <summary>The blocks of a container's content, in order.</summary>
    public static List<OpenXmlElement> Content(XElement container, Look look)
    {
        var blocks = new List<OpenXmlElement>();
        var inline = new List<XNode>();
        var headingDue = look.Zone == Zone.Recipients;
        var nodes = container.Nodes().ToList();
        for (var i = 0; i < nodes.Count; i++)
        {
            if (nodes[i] is XText || nodes[i] is XElement e0 && Nd30Markup.Inline.Contains(e0.Name.LocalName))
            {
                inline.Add(nodes[i]);
                continue;
            }
            if (nodes[i] is not XElement element) continue;
            Flush();
            if (Partner(nodes, i) is { } partner)
            {
                var pair = Nd30Markup.HasClass(element, "signature") || Nd30Markup.HasClass(element, "place-date") ? (partner.Element, element) : (element, partner.Element);
                blocks.Add(DocxTables.Columns([pair.Item1], [pair.Item2], look, LeftShare(pair.Item1)));
                i = partner.Index;
                continue;
            }
            if (Nd30Markup.HasClass(element, "signature") && element.Name.LocalName is "section" or "header")
            {
                blocks.Add(DocxTables.Columns([], [element], look, 0.45));
                continue;
            }
            var blockLook = headingDue && element.Name.LocalName is "p" or "h1" or "h2" or "h3" ? look.RecipientsHeading() : look;
            headingDue = false;
            blocks.AddRange(Block(element, blockLook));
        }
        Flush();
        return Separated(blocks, look);

        void Flush()
        {
            if (inline.Count == 0) return;
            var paragraph = DocxInline.Paragraph(inline, headingDue ? look.RecipientsHeading() : look);
            if (paragraph is not null) { blocks.Add(paragraph); headingDue = false; }
            inline.Clear();
        }
    }

    /// <summary>One block element.</summary>
    public static IEnumerable<OpenXmlElement> Block(XElement element, Look look)
    {
        var own = look.With(Nd30Markup.Classes(element));
        switch (element.Name.LocalName)
        {
            case "p":
                return Optional(DocxInline.Paragraph(element.Nodes(), own));
            case "h1":
                return Optional(DocxInline.Paragraph(element.Nodes(), look.With(["center"]).With(Nd30Markup.Classes(element)) with { Bold = true, KeepNext = true }));
            case "h2" or "h3":
                return Optional(DocxInline.Paragraph(element.Nodes(), own with { Bold = true, KeepNext = true }));
            case "ul" or "ol":
                return List(element, own);
            case "table" when Nd30Markup.HasClass(element, "nd30-header"):
                return [DocxTables.Layout(element, look.In(Zone.Header), header: true)];
            case "table" when Nd30Markup.HasClass(element, "data"):
                return [DocxTables.Data(element, look.In(Zone.DataCell))];
            case "table":
                return [DocxTables.Layout(element, look.In(Zone.LayoutCell), header: false)];
            case "header" or "section" when Nd30Markup.HasClass(element, "nd30-header"):
                return [DocxTables.Header(element, look.In(Zone.Header))];
            case "header" or "section" or "article" or "li":
                return Content(element, ContainerLook(element, look));
            default:
                throw new InvalidOperationException($"<{element.Name.LocalName}> is not a block element of a document.");
        }
    }

    /// <summary>A container's look: its zone from its classes, then the classes themselves.</summary>
    public static Look ContainerLook(XElement container, Look look)
    {
        if (Nd30Markup.HasClass(container, "recipients")) look = look.In(Zone.Recipients);
        else if (Nd30Markup.HasClass(container, "signature")) look = look.In(Zone.Signature);
        return look.With(Nd30Markup.Classes(container).Where(c => c is not ("recipients" or "signature")));
    }

    /// <summary>List items as paragraphs with the marker written out: "- " for ul, "1. " for ol.</summary>
    private static IEnumerable<OpenXmlElement> List(XElement list, Look look)
    {
        var number = 0;
        foreach (var item in list.Elements("li"))
        {
            number++;
            var marker = list.Name.LocalName == "ol" ? number.ToString(CultureInfo.InvariantCulture) + ". " : "- ";
            var itemLook = look.With(Nd30Markup.Classes(item));
            if (item.Elements().Any(e => !Nd30Markup.Inline.Contains(e.Name.LocalName)))
            {
                // An item holding paragraphs or a nested list: the marker goes before its first text.
                var first = true;
                foreach (var block in Content(item, itemLook))
                {
                    if (first && block is Paragraph paragraph) paragraph.InsertAfter(DocxInline.Plain(marker, itemLook.Size), paragraph.ParagraphProperties);
                    first = false;
                    yield return block;
                }
                continue;
            }
            if (DocxInline.Paragraph(item.Nodes(), itemLook, marker) is { } line) yield return line;
        }
    }

    /// <summary>Word joins two tables that touch into one, so an empty paragraph goes between them.</summary>
    private static List<OpenXmlElement> Separated(List<OpenXmlElement> blocks, Look look)
    {
        for (var i = blocks.Count - 1; i > 0; i--)
            if (blocks[i] is Table && blocks[i - 1] is Table) blocks.Insert(i, DocxInline.Empty(look with { Before = 0, After = 0, Indent = false }));
        return blocks;
    }

    private static (XElement Element, int Index)? Partner(List<XNode> nodes, int index)
    {
        if (nodes[index] is not XElement element) return null;
        for (var j = index + 1; j < nodes.Count; j++)
        {
            if (nodes[j] is XText text && string.IsNullOrWhiteSpace(text.Value)) continue;
            if (nodes[j] is not XElement next) return null;
            foreach (var (left, right) in SideBySide)
            {
                if ((Nd30Markup.HasClass(element, left) && Nd30Markup.HasClass(next, right)) || (Nd30Markup.HasClass(element, right) && Nd30Markup.HasClass(next, left)))
                    return (next, j);
            }
            return null;
        }
        return null;
    }

    private static double LeftShare(XElement left) => Nd30Markup.HasClass(left, "number") ? 0.4 : 0.45;

    private static IEnumerable<OpenXmlElement> Optional(Paragraph? paragraph) => paragraph is null ? [] : [paragraph];
}
