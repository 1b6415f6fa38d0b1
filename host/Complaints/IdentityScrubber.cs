using System.Text.RegularExpressions;

namespace CongVu.Host.Complaints;

/// <summary>
/// Takes the reporter out of text that is about to be published: their name, phone, e-mail and address wherever they
/// appear, and anything shaped like a phone number or an e-mail address, become "[đã ẩn]".
/// </summary>
public static partial class IdentityScrubber
{
    public const string Hidden = "[đã ẩn]";

    public static string Scrub(string text, ComplaintReporter? reporter)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (reporter is not null)
            foreach (var value in new[] { reporter.Address, reporter.Email, reporter.Phone, reporter.Name }.Where(v => v is { Length: >= 3 }))
                text = text.Replace(value!.Trim(), Hidden, StringComparison.OrdinalIgnoreCase);
        text = EmailShape().Replace(text, Hidden);
        return PhoneShape().Replace(text, Hidden);
    }

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+")]
    private static partial Regex EmailShape();

    // Nine or more digits, possibly grouped by spaces, dots or dashes, optionally after +84: a Vietnamese phone number.
    [GeneratedRegex(@"(\+\d{1,3}[\s.-]?)?\d(?:[\s.-]?\d){8,}")]
    private static partial Regex PhoneShape();
}
