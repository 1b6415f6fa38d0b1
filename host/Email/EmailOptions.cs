namespace CongVu.Host.Email;

/// <summary>E-mail settings, bound from the "Email" section: the sender, links in messages, delivery and retries.</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    /// <summary>The From header, with a display name, e.g. "Công Vụ &lt;no-reply@congvu.example&gt;".</summary>
    public string From { get; set; } = "Công Vụ <no-reply@congvu.example>";

    /// <summary>The address people open the site at; links in messages start with it.</summary>
    public string BaseUrl { get; set; } = "http://127.0.0.1:5080";

    /// <summary>How long a signed task link opens the task; 0 makes links that are already expired (tests).</summary>
    public double LinkLifetimeHours { get; set; } = 72;

    /// <summary>Where messages are written as .eml files when no SMTP host is set; default <c>mail</c> beside the SQLite file.</summary>
    public string? PickupFolder { get; set; }

    /// <summary>The Handlebars templates, relative to the content root (the repository root).</summary>
    public string TemplatesFolder { get; set; } = "templates/email";

    public SmtpOptions Smtp { get; set; } = new();
    public OutboxSenderOptions Sender { get; set; } = new();
}

/// <summary>The SMTP server; without a host, messages go to <see cref="EmailOptions.PickupFolder"/> instead.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 25;

    /// <summary>Optional; set the password through the environment (<c>Email__Smtp__Password</c>), never in a committed file.</summary>
    public string? UserName { get; set; }
    public string? Password { get; set; }

    /// <summary>STARTTLS on the connection (System.Net.Mail does not speak implicit TLS on port 465).</summary>
    public bool EnableSsl { get; set; }
    public int TimeoutSeconds { get; set; } = 30;
}

/// <summary>How <see cref="OutboxSender"/> polls, how many messages it sends at once, and how it retries.</summary>
public sealed class OutboxSenderOptions
{
    /// <summary>Off in processes that must not send (a second host sharing the database, see <see cref="OutboxSender"/>).</summary>
    public bool Enabled { get; set; } = true;
    public int PollMilliseconds { get; set; } = 1000;

    /// <summary>Messages read per poll; a full batch is followed by the next one at once.</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>
    /// Concurrent SMTP connections, each a thread with its own client. System.Net.Mail opens a connection per message and
    /// one send takes ~45 ms even on loopback (measured), so throughput is about Workers / 45 ms: 16 gives ~300 messages/s.
    /// Lower it for a relay that limits connections per client.
    /// </summary>
    public int Workers { get; set; } = 16;

    /// <summary>Attempts before a message is given up and shown as failed.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Wait after the first failure; it doubles after each further one (30 s, 1 min, 2 min, ...).</summary>
    public double RetryBaseSeconds { get; set; } = 30;
    public double RetryMaxSeconds { get; set; } = 3600;

    /// <summary>When a failed attempt is tried again, or null to give up; <paramref name="attemptsBefore"/> excludes the failed one.</summary>
    public DateTime? NextAttemptAt(int attemptsBefore, DateTime now, bool permanent)
    {
        if (permanent || attemptsBefore + 1 >= MaxAttempts) return null;
        var seconds = Math.Min(RetryBaseSeconds * Math.Pow(2, attemptsBefore), RetryMaxSeconds);
        return now.AddSeconds(seconds);
    }
}
