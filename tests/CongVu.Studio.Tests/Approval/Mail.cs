using System.Net;
using System.Text.RegularExpressions;
using Xunit;

namespace CongVu.Studio.Tests.Approval;

/// <summary>A message as maildev decoded it (subject and bodies as UTF-8 text).</summary>
internal sealed partial record Mail(string Id, string Subject, string Text, string Html, IReadOnlyList<string> To, string? MessageId)
{
    /// <summary>
    /// The signed task link (<c>{host}/cong-viec/{taskId}?t={token}</c>) of the plain-text body, after checking the message:
    /// one recipient, the greeting in both bodies, a Vietnamese HTML document, and the same link behind the HTML button.
    /// </summary>
    public Uri TaskLink(Uri host, string recipientName)
    {
        Assert.Single(To);
        Assert.Contains($"Kính gửi {recipientName},", Text, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"vi\">", Html, StringComparison.Ordinal);
        Assert.Contains($"Kính gửi {recipientName},", WebUtility.HtmlDecode(Html), StringComparison.Ordinal);
        var prefix = Regex.Escape(host.GetLeftPart(UriPartial.Authority));
        var links = new Regex(prefix + @"/cong-viec/[0-9A-Za-z%_\-]+\?t=[0-9A-Za-z_\-]+").Matches(Text).Select(m => m.Value).Distinct().ToList();
        var link = Assert.Single(links);
        Assert.Contains($"href=\"{link}\"", WebUtility.HtmlDecode(Html), StringComparison.Ordinal);
        return new Uri(link);
    }

    /// <summary>The task id of a task link.</summary>
    public static string TaskId(Uri link) => Uri.UnescapeDataString(link.AbsolutePath["/cong-viec/".Length..]);

    /// <summary>The link with one character of its token changed (same length, still URL-safe): a forged link.</summary>
    public static Uri Tampered(Uri link)
    {
        var text = link.ToString();
        var token = text.IndexOf("?t=", StringComparison.Ordinal) + 3;
        var at = token + ((text.Length - token) / 2);
        return new Uri(text[..at] + (text[at] == 'A' ? 'B' : 'A') + text[(at + 1)..]);
    }

    public override string ToString() => $"{string.Join(",", To)}: {Subject}";
}
