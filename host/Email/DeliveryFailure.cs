using System.Net.Mail;
using System.Text.Json;

namespace CongVu.Host.Email;

/// <summary>How a failed delivery is recorded: whether a retry can help, and the error text shown to administrators.</summary>
internal static class DeliveryFailure
{
    /// <summary>Failures that no retry can fix: a broken payload, an invalid address, a mailbox the server refuses for good.</summary>
    public static bool IsPermanent(Exception e) => e is JsonException or FormatException
        || e is SmtpFailedRecipientException { StatusCode: SmtpStatusCode.MailboxUnavailable or SmtpStatusCode.MailboxNameNotAllowed or SmtpStatusCode.UserNotLocalTryAlternatePath };

    /// <summary>The exception chain in one line ("Failure sending mail. → Connection refused ..."), short enough for the admin page.</summary>
    public static string Describe(Exception e)
    {
        var parts = new List<string>();
        for (var x = e; x is not null; x = x.InnerException) parts.Add(x.Message);
        var text = string.Join(" → ", parts.Distinct());
        return text.Length <= 1000 ? text : text[..1000];
    }
}
