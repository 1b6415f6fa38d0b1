using System.Net;
using System.Text.RegularExpressions;

namespace CongVu.Host.Email;

/// <summary>A readable plain-text version of simple HTML, for the text part of messages written only in HTML.</summary>
public static partial class HtmlText
{
    public static string ToPlain(string html)
    {
        var text = Hidden().Replace(html, "");
        text = Link().Replace(text, m => $"{m.Groups[2].Value} ({WebUtility.HtmlDecode(m.Groups[1].Value)})");
        text = LineBreak().Replace(text, "\n");
        text = Tag().Replace(text, "");
        text = WebUtility.HtmlDecode(text);
        var lines = text.Split('\n').Select(l => Spaces().Replace(l, " ").Trim());
        return BlankLines().Replace(string.Join('\n', lines), "\n\n").Trim();
    }

    [GeneratedRegex(@"<(head|style|script)\b[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Hidden();

    [GeneratedRegex("""<a\b[^>]*?href\s*=\s*["']([^"']*)["'][^>]*>(.*?)</a\s*>""", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Link();

    [GeneratedRegex(@"<br\s*/?>|</(p|div|h[1-6]|li|tr|table)\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreak();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"[ \t\r\f\v]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex BlankLines();
}
