using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using Microsoft.Extensions.Options;

namespace CongVu.Host.Email;

/// <summary>
/// Hands messages to the configured SMTP server or, when <c>Email:Smtp:Host</c> is empty (the embedded default), writes
/// each as <c>{messageId}.eml</c> in the pickup folder. One <see cref="MailSession"/> per worker: SmtpClient is not thread-safe.
/// </summary>
public sealed class MailDelivery(IOptions<EmailOptions> options)
{
    public bool UsesPickupFolder => string.IsNullOrWhiteSpace(options.Value.Smtp.Host);

    /// <summary>The absolute folder of .eml files (resolved at start-up, see <see cref="EmailFeature"/>).</summary>
    public string PickupFolder => options.Value.PickupFolder ?? throw new InvalidOperationException("Email:PickupFolder was not resolved.");

    /// <summary>The .eml file written for a message in folder mode, or null when there is none.</summary>
    public string? EmlFile(string messageId) =>
        UsesPickupFolder && messageId.All(char.IsAsciiLetterOrDigit) && File.Exists(EmlPath(messageId)) ? EmlPath(messageId) : null;

    public MailSession OpenSession() => new(this, options.Value);

    internal string EmlPath(string messageId) => Path.Combine(PickupFolder, messageId + ".eml");

    /// <summary>The MIME message: multipart/alternative of UTF-8 plain text and HTML, UTF-8 subject and display names.</summary>
    public static MailMessage Build(EmailPayload payload, string from, string messageId)
    {
        var sender = new MailAddress(from, null, Encoding.UTF8);
        var message = new MailMessage
        {
            From = sender,
            Subject = payload.Subject,
            SubjectEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
            Body = payload.Text,
            BodyEncoding = Encoding.UTF8,
            BodyTransferEncoding = TransferEncoding.QuotedPrintable,
            IsBodyHtml = false,
        };
        foreach (var to in payload.To) message.To.Add(new MailAddress(to.Address, to.Name, Encoding.UTF8));
        var html = AlternateView.CreateAlternateViewFromString(payload.Html, Encoding.UTF8, MediaTypeNames.Text.Html);
        html.ContentType.CharSet = "utf-8";
        html.TransferEncoding = TransferEncoding.QuotedPrintable;
        message.AlternateViews.Add(html);
        // A stable id lets a receiving system (and a person reading headers) tie the message to its outbox row.
        message.Headers.Add("Message-ID", $"<{messageId}@{sender.Host}>");
        return message;
    }

    internal SmtpClient CreateClient(string? pickupFolder)
    {
        var smtp = options.Value.Smtp;
        if (pickupFolder is not null)
            return new SmtpClient { DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory, PickupDirectoryLocation = pickupFolder };
        var client = new SmtpClient(smtp.Host, smtp.Port)
        {
            DeliveryMethod = SmtpDeliveryMethod.Network,
            EnableSsl = smtp.EnableSsl,
            Timeout = smtp.TimeoutSeconds * 1000,
        };
        if (!string.IsNullOrEmpty(smtp.UserName)) client.Credentials = new NetworkCredential(smtp.UserName, smtp.Password);
        return client;
    }
}

/// <summary>One worker's client, reused for its share of a batch.</summary>
public sealed class MailSession : IDisposable
{
    private readonly MailDelivery _delivery;
    private readonly EmailOptions _options;
    private readonly SmtpClient _client;
    private readonly string? _scratch;

    internal MailSession(MailDelivery delivery, EmailOptions options)
    {
        _delivery = delivery;
        _options = options;
        // SmtpClient names pickup files itself; each session writes into its own scratch folder and renames the file to the message id.
        if (delivery.UsesPickupFolder) _scratch = Directory.CreateDirectory(Path.Combine(delivery.PickupFolder, ".tmp", Guid.NewGuid().ToString("N"))).FullName;
        _client = delivery.CreateClient(_scratch);
    }

    /// <summary>
    /// Sends one message, blocking (SmtpClient's async path blocks a pool thread anyway); bounded by the SMTP timeout and
    /// not cancellable, so a message handed to the server is always marked sent.
    /// </summary>
    public void Send(string messageId, EmailPayload payload)
    {
        using var message = MailDelivery.Build(payload, _options.From, messageId);
        _client.Send(message);
        if (_scratch is null) return;
        var written = Directory.GetFiles(_scratch, "*.eml").Single();
        File.Move(written, _delivery.EmlPath(messageId), overwrite: true);
    }

    public void Dispose()
    {
        _client.Dispose();
        if (_scratch is not null) Directory.Delete(_scratch, recursive: true);
    }
}
