using System.Globalization;
using System.Text.RegularExpressions;
using HandlebarsDotNet;

namespace CongVu.Host.Documents.Rendering;

/// <summary>
/// Turns a template failure into the template line and a Vietnamese reason. Handlebars.Net reports a line only for
/// syntax errors, so block mistakes are found by scanning the blocks, and unknown helpers or partials by their name.
/// </summary>
internal static partial class TemplateErrors
{
    public static TemplateCheck Describe(Exception error, string template, string? output = null) => error switch
    {
        DocumentMarkupException markup => TemplateCheck.Refused(MarkupLine(markup, template, output), markup.Message),
        HandlebarsParserException parser => TemplateCheck.Refused(ParserLine(parser.Message, template) ?? Blocks(template)?.Line,
            Blocks(template)?.Reason ?? "Cú pháp Handlebars sai: kiểm tra dấu {{ }} và tên trường."),
        HandlebarsCompilerException => Blocks(template) ?? TemplateCheck.Refused(null, $"Mẫu không biên dịch được: {error.Message}"),
        HandlebarsRuntimeException when MissingHelper().Match(error.Message) is { Success: true } m =>
            TemplateCheck.Refused(LineOf(template, m.Groups[1].Value), $"Không có hàm '{m.Groups[1].Value}' dùng được trong mẫu."),
        HandlebarsRuntimeException when MissingPartial().Match(error.Message) is { Success: true } m =>
            TemplateCheck.Refused(LineOf(template, "> " + m.Groups[1].Value) ?? LineOf(template, m.Groups[1].Value),
                $"Không có mẫu con '{m.Groups[1].Value}' trong thư mục {DocumentHandlebars.PartialsFolder}."),
        _ => TemplateCheck.Refused(null, $"Mẫu không trộn được với dữ liệu mẫu: {error.Message}"),
    };

    /// <summary>The first unbalanced <c>{{#block}}</c> / <c>{{/block}}</c>, or null when the blocks balance.</summary>
    public static TemplateCheck? Blocks(string template)
    {
        var open = new Stack<(string Name, int Line)>();
        // Comments may hold example blocks; blanking them keeps the line numbers.
        var scanned = Comment().Replace(template, c => new string('\n', c.Value.Count(ch => ch == '\n')));
        foreach (Match tag in BlockTag().Matches(scanned))
        {
            var line = LineAt(scanned, tag.Index);
            var name = tag.Groups[2].Value;
            if (tag.Groups[1].Value is "#" or "^") { open.Push((name, line)); continue; }
            if (open.Count == 0) return TemplateCheck.Refused(line, $"Thẻ đóng {{{{/{name}}}}} không có khối mở tương ứng.");
            var top = open.Pop();
            if (top.Name != name)
                return TemplateCheck.Refused(line, $"Thẻ đóng {{{{/{name}}}}} không khớp với khối {{{{#{top.Name}}}}} mở ở dòng {top.Line}.");
        }
        return open.Count == 0 ? null : TemplateCheck.Refused(open.Peek().Line, $"Khối {{{{#{open.Peek().Name}}}}} chưa được đóng bằng {{{{/{open.Peek().Name}}}}}.");
    }

    /// <summary>
    /// The markup error's line in the template: the template line whose fixed text (before any <c>{{</c>) the faulty
    /// output line starts with, else the line naming the refused element.
    /// </summary>
    private static int? MarkupLine(DocumentMarkupException error, string template, string? output)
    {
        var lines = template.Split('\n');
        if (error.Line is { } at && output?.Trim().Split('\n') is { } rendered && at <= rendered.Length)
        {
            var target = rendered[at - 1].Trim();
            int? best = null;
            var bestLength = 3;
            for (var i = 0; i < lines.Length; i++)
            {
                var fixedText = lines[i].Trim() is var t && t.IndexOf("{{", StringComparison.Ordinal) is var k and >= 0 ? t[..k] : lines[i].Trim();
                if (!target.StartsWith(fixedText, StringComparison.Ordinal) || fixedText.Length < bestLength) continue;
                // Among equally good lines, the one nearest the output line (partials only push output lines down).
                if (fixedText.Length > bestLength || best is null || Math.Abs(i + 1 - at) < Math.Abs(best.Value - at)) (best, bestLength) = (i + 1, fixedText.Length);
            }
            if (best is not null) return best;
        }
        return error.Refused is { } element ? LineOf(template, "<" + element) : null;
    }

    /// <summary>
    /// The parser reports where it gave up, which may be past the faulty expression (an unclosed <c>{{x}</c> runs on to
    /// the next <c>}}</c>), so the line is that of the last <c>{{</c> before the reported position.
    /// </summary>
    private static int? ParserLine(string message, string template)
    {
        if (ParserPosition().Match(message) is not { Success: true } m) return null;
        var line = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        var column = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        var lines = template.Split('\n');
        if (line < 1 || line > lines.Length) return null;
        var index = lines.Take(line - 1).Sum(l => l.Length + 1) + Math.Min(column, lines[line - 1].Length);
        var open = index > 0 ? template.LastIndexOf("{{", index - 1, StringComparison.Ordinal) : -1;
        return open >= 0 ? LineAt(template, open) : line;
    }

    private static int? LineOf(string template, string text) =>
        template.IndexOf(text, StringComparison.Ordinal) is var index and >= 0 ? LineAt(template, index) : null;

    private static int LineAt(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;

    [GeneratedRegex(@"\{\{~?\s*([#^/])\s*[*>]?\s*([A-Za-z_][\w.-]*)")]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"\{\{!--.*?--\}\}|\{\{![^}]*\}\}", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"Occured at: (\d+):(\d+)")]
    private static partial Regex ParserPosition();

    [GeneratedRegex(@"Helper '([^']+)'")]
    private static partial Regex MissingHelper();

    [GeneratedRegex(@"partial name '([^']+)'")]
    private static partial Regex MissingPartial();
}
