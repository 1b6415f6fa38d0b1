namespace CongVu.Engine.Outbox;

/// <summary>
/// A message to deliver (an e-mail), written in the same transaction as the change that causes it and
/// delivered later by a sender; the dedupe key makes a second write of the same message a no-op.
/// </summary>
public sealed class OutboxMessageRecord
{
    public string Id { get; set; } = "";
    public string Channel { get; set; } = "email";
    public string DedupeKey { get; set; } = "";

    /// <summary>Channel-specific content as JSON (for e-mail: to, subject, html, text).</summary>
    public string Payload { get; set; } = "{}";

    /// <summary>Pending, Sent or Failed (gave up after the last retry).</summary>
    public string Status { get; set; } = OutboxStatus.Pending;
    public int Attempts { get; set; }
    public DateTime NextAttemptAt { get; set; }
    public string? LastError { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? SentAt { get; set; }
}

/// <summary>Values of <see cref="OutboxMessageRecord.Status"/>.</summary>
public static class OutboxStatus
{
    public const string Pending = "Pending";
    public const string Sent = "Sent";
    public const string Failed = "Failed";
}
