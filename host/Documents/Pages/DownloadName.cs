using System.Globalization;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace CongVu.Host.Documents.Pages;

/// <summary>Content-Disposition for a download: the Vietnamese name in <c>filename*</c> and an ASCII fallback in <c>filename</c>.</summary>
public static class DownloadName
{
    public static string Header(string name, string extension)
    {
        ArgumentNullException.ThrowIfNull(name);
        var clean = string.Join(' ', name.Split(Path.GetInvalidFileNameChars().Concat(['"', '\\', '/', ':', '*', '?', '<', '>', '|']).ToArray(),
            StringSplitOptions.RemoveEmptyEntries)).Trim();
        if (clean.Length == 0) clean = "van-ban";
        if (clean.Length > 120) clean = clean[..120].TrimEnd();
        var header = new ContentDispositionHeaderValue("attachment") { FileName = $"\"{Ascii(clean)}.{extension}\"", FileNameStar = $"{clean}.{extension}" };
        return header.ToString();
    }

    /// <summary>"Kế hoạch số 12" → "Ke-hoach-so-12": letters without their marks (đ → d), anything else a hyphen.</summary>
    public static string Ascii(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder();
        foreach (var c in text.Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var ascii = char.IsAsciiLetterOrDigit(c) || c is '.' or '_' ? c : '-';
            if (ascii == '-' && (builder.Length == 0 || builder[^1] == '-')) continue;
            builder.Append(ascii);
        }
        return builder.ToString().TrimEnd('-') is { Length: > 0 } result ? result : "van-ban";
    }
}
