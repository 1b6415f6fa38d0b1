using System.Text;
using HandlebarsDotNet;

namespace CongVu.Host.Email;

/// <summary>
/// HTML-escapes template values (<c>{{x}}</c>) for e-mail bodies: only &amp; &lt; &gt; " and ', so links keep their
/// <c>=</c> and Vietnamese its letters (Handlebars' own encoder also escapes <c>=</c> and <c>`</c>, which clutters URLs).
/// </summary>
internal sealed class MarkupEncoder : ITextEncoder
{
    public void Encode(StringBuilder? text, TextWriter target)
    {
        if (text is null) return;
        foreach (var chunk in text.GetChunks())
            foreach (var c in chunk.Span) Write(c, target);
    }

    public void Encode(string? text, TextWriter target)
    {
        if (text is null) return;
        foreach (var c in text) Write(c, target);
    }

    public void Encode<T>(T? text, TextWriter target) where T : IEnumerator<char>
    {
        if (text is null) return;
        while (text.MoveNext()) Write(text.Current, target);
    }

    private static void Write(char c, TextWriter target)
    {
        switch (c)
        {
            case '&': target.Write("&amp;"); break;
            case '<': target.Write("&lt;"); break;
            case '>': target.Write("&gt;"); break;
            case '"': target.Write("&quot;"); break;
            case '\'': target.Write("&#39;"); break;
            default: target.Write(c); break;
        }
    }
}
