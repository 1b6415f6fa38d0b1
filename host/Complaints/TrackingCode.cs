using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CongVu.Host.Complaints;

/// <summary>
/// The code a citizen looks a case up by: "PA-2027-7K3M-9QXW". Eight characters drawn at random from 30 that cannot be
/// mistaken for one another (no 0/O, 1/I/L, U/V pairs) give 30⁸ ≈ 6.6·10¹¹ codes a year: with the lookup rate-limited,
/// guessing one is hopeless, and even then it shows nothing about the reporter. Read back in any case, with or without dashes.
/// </summary>
public static class TrackingCode
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const string Prefix = "PA";
    private const int RandomLength = 8;

    public static string New(int year)
    {
        var random = new StringBuilder(RandomLength);
        for (var i = 0; i < RandomLength; i++) random.Append(Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)]);
        return Format(year, random.ToString());
    }

    /// <summary>The canonical code for what a person typed ("pa 2027 7k3m9qxw"), or null when it cannot be one.</summary>
    public static string? Normalize(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed)) return null;
        var compact = new string(typed.Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
        if (compact.Length != Prefix.Length + 4 + RandomLength || !compact.StartsWith(Prefix, StringComparison.Ordinal)) return null;
        var year = compact.Substring(Prefix.Length, 4);
        var random = compact[(Prefix.Length + 4)..];
        if (!year.All(char.IsAsciiDigit) || !random.All(c => Alphabet.Contains(c, StringComparison.Ordinal))) return null;
        return Format(int.Parse(year, CultureInfo.InvariantCulture), random);
    }

    private static string Format(int year, string random) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}-{year:0000}-{random[..4]}-{random[4..]}");
}
