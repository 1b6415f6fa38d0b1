using System.Text;
using System.Text.RegularExpressions;

namespace CongVu.Host.Tests.Email;

/// <summary>Reads headers of an .eml file and decodes RFC 2047 encoded words (=?utf-8?B?...?=), as a mail client would.</summary>
internal static partial class MimeHeader
{
    /// <summary>The unfolded value of the first header with that name, decoded.</summary>
    public static string? Get(string eml, string name)
    {
        var head = eml.Split("\r\n\r\n", 2)[0];
        var unfolded = Folding().Replace(head, " ");
        var line = unfolded.Split("\r\n").FirstOrDefault(l => l.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase));
        return line is null ? null : Decode(line[(name.Length + 1)..].Trim());
    }

    /// <summary>Decodes encoded words; adjacent ones are joined as bytes first, since an encoder may split a character between them.</summary>
    public static string Decode(string value)
    {
        var joined = BetweenWords().Replace(value, "?==?");
        var result = new StringBuilder();
        var last = 0;
        foreach (var run in Run().Matches(joined).Cast<Match>())
        {
            result.Append(joined, last, run.Index - last);
            var bytes = new List<byte>();
            Encoding? charset = null;
            foreach (var word in Word().Matches(run.Value).Cast<Match>())
            {
                charset ??= Encoding.GetEncoding(word.Groups[1].Value);
                bytes.AddRange(word.Groups[2].Value is "B" or "b" ? Convert.FromBase64String(word.Groups[3].Value) : QDecode(word.Groups[3].Value));
            }
            result.Append(charset!.GetString([.. bytes]));
            last = run.Index + run.Length;
        }
        return result.Append(joined, last, joined.Length - last).ToString();
    }

    private static byte[] QDecode(string text)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '=' && i + 2 < text.Length) { bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16)); i += 2; }
            else bytes.Add(text[i] == '_' ? (byte)' ' : (byte)text[i]);
        }
        return [.. bytes];
    }

    [GeneratedRegex(@"\r\n[ \t]+")]
    private static partial Regex Folding();

    [GeneratedRegex(@"\?=\s+=\?")]
    private static partial Regex BetweenWords();

    [GeneratedRegex(@"(=\?[^?]+\?[BbQq]\?[^?]*\?=)+")]
    private static partial Regex Run();

    [GeneratedRegex(@"=\?([^?]+)\?([BbQq])\?([^?]*)\?=")]
    private static partial Regex Word();
}
