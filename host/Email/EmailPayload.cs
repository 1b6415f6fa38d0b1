using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using CongVu.Engine.Execution;
using CongVu.Engine.Outbox;

namespace CongVu.Host.Email;

/// <summary>An outbox e-mail as stored in <see cref="OutboxMessageRecord.Payload"/>: <c>{to:[{address,name}], subject, html, text}</c>.</summary>
public sealed record EmailPayload(IReadOnlyList<EmailRecipient> To, string Subject, string Html, string Text)
{
    /// <summary>The outbox channel of e-mails.</summary>
    public const string Channel = "email";

    /// <summary>
    /// The recipients must stay private (a citizen who sent feedback): administrators' pages show neither the address nor
    /// the .eml file; only the SMTP relay or the mail folder sees them.
    /// </summary>
    public bool Confidential { get; init; }

    // Vietnamese stays readable in the database, as in the engine's own JSON.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads a payload; throws <see cref="JsonException"/> when it is not one (such a message can never be sent).</summary>
    public static EmailPayload FromJson(string json)
    {
        var payload = JsonSerializer.Deserialize<EmailPayload>(json, Json) ?? throw new JsonException("The e-mail payload is null.");
        if (payload.To is not { Count: > 0 }) throw new JsonException("The e-mail payload has no recipient.");
        return payload with { Subject = payload.Subject ?? "", Html = payload.Html ?? "", Text = payload.Text ?? "" };
    }

    /// <summary>A payload for the admin page, or null when the stored JSON is not one.</summary>
    public static EmailPayload? TryFromJson(string json)
    {
        try
        {
            return FromJson(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A new pending outbox row, due at once.</summary>
    public OutboxMessageRecord ToOutboxMessage(string dedupeKey, DateTime utcNow) => new()
    {
        Id = WorkflowExecutionContext.NewId(),
        Channel = Channel,
        DedupeKey = dedupeKey,
        Payload = ToJson(),
        Status = OutboxStatus.Pending,
        NextAttemptAt = utcNow,
        CreatedAt = utcNow,
    };
}

/// <summary>One addressee; the name is shown in the To header.</summary>
public sealed record EmailRecipient(string Address, string? Name = null);
