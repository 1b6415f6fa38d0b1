namespace CongVu.Host.Complaints;

/// <summary>
/// A citizen's feedback, complaint or denunciation (phản ánh, kiến nghị) and how it is being handled. Holds nothing about
/// who sent it: that is <see cref="ComplaintReporter"/>, in its own table, read only where <see cref="ComplaintAccess"/> allows.
/// </summary>
public sealed class Complaint
{
    public string Id { get; set; } = Guid.CreateVersion7().ToString("N");

    /// <summary>What the citizen looks the case up by, e.g. "PA-2027-7K3M-9QXW" (<see cref="TrackingCode"/>).</summary>
    public string TrackingCode { get; set; } = "";

    /// <summary>One of <see cref="ComplaintChannels"/>.</summary>
    public string Channel { get; set; } = ComplaintChannels.Web;

    public DateTime ReceivedAt { get; set; }

    /// <summary>The office that received it and classifies it (the configured office for the web form, the entering staff member's unit otherwise).</summary>
    public string? ReceivingUnitId { get; set; }

    /// <summary>The staff member who typed in a hotline, mailbox or e-mail case; null for the web form.</summary>
    public string? EnteredBy { get; set; }

    public string Subject { get; set; } = "";
    public string Content { get; set; } = "";

    /// <summary>One of <see cref="ComplaintCategories.All"/>, chosen at classification.</summary>
    public string? Category { get; set; }

    public bool IsComplex { get; set; }

    /// <summary>The unit handling the case, chosen at classification.</summary>
    public string? UnitId { get; set; }

    /// <summary>One of <see cref="ComplaintStatus"/>.</summary>
    public string Status { get; set; } = ComplaintStatus.Received;

    /// <summary>When the case was accepted for handling (thụ lý): the legal time limit counts from this day.</summary>
    public DateTime? AcceptedAt { get; set; }

    /// <summary>The end of the legal time limit: 23:59 local time on its last day (<see cref="ComplaintTimeLimits"/>).</summary>
    public DateTime? DueAt { get; set; }

    /// <summary>The one request for supplementary documents; the law allows no second one.</summary>
    public DateTime? SupplementRequestedAt { get; set; }

    /// <summary>Which execution made the request (<c>{instance}:{activity}:{context}</c>), so a replayed burst is told apart from a second request.</summary>
    public string? SupplementRequestKey { get; set; }

    public string? SupplementRequest { get; set; }
    public DateTime? SupplementDueAt { get; set; }
    public DateTime? SupplementReceivedAt { get; set; }

    /// <summary>The handling officer: who proposed the resolution (before that, whoever holds the case's open task).</summary>
    public string? OfficerUserId { get; set; }

    /// <summary>What verification found (kết quả kiểm tra, xác minh), one paragraph a line.</summary>
    public string? Findings { get; set; }

    /// <summary>How the case is resolved (kết quả xử lý), one paragraph a line.</summary>
    public string? Resolution { get; set; }

    /// <summary>The office was at fault: the answer and the published result carry a public apology.</summary>
    public bool AtFault { get; set; }

    public string? ReceiptDocumentId { get; set; }

    /// <summary>The receipt's HTML as generated (it names no one), shown to the citizen on the lookup page.</summary>
    public string? ReceiptHtml { get; set; }

    public string? AnswerDocumentId { get; set; }

    /// <summary>The answer's number and symbol, e.g. "12/TB-VP".</summary>
    public string? AnswerNumber { get; set; }

    public DateTime? AnsweredAt { get; set; }
    public DateTime? PublishedAt { get; set; }

    /// <summary>The published result, without the reporter's identity.</summary>
    public string? PublishedSummary { get; set; }

    /// <summary>The handling workflow's instance, chosen before it starts so uploads can be filed under it.</summary>
    public string InstanceId { get; set; } = "";

    public bool IsOpen => AnsweredAt is null;
}

/// <summary>Who sent a complaint. Readable only by the case's handling officer and the head of the handling unit.</summary>
public sealed class ComplaintReporter
{
    public string ComplaintId { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Address { get; set; }

    /// <summary>The reporter asked that their identity be kept confidential (whistle-blower protection).</summary>
    public bool WantsAnonymity { get; set; }
}

/// <summary>A recorded extension of the legal time limit, with its reason.</summary>
public sealed class ComplaintExtension
{
    /// <summary>The execution that granted it, so a replayed step does not record it twice.</summary>
    public string Id { get; set; } = "";
    public string ComplaintId { get; set; } = "";
    public DateTime PreviousDueAt { get; set; }
    public DateTime NewDueAt { get; set; }
    public string Reason { get; set; } = "";
    public string? ByUserId { get; set; }
    public DateTime At { get; set; }
}

/// <summary>A file sent with the complaint or as the requested supplement; the bytes are in the file store (host/Files).</summary>
public sealed class ComplaintAttachment
{
    /// <summary>The file store's id.</summary>
    public string Id { get; set; } = "";
    public string ComplaintId { get; set; } = "";
    public string Name { get; set; } = "";
    public long Size { get; set; }
    public string ContentType { get; set; } = "";

    /// <summary>"initial" or "supplement".</summary>
    public string Kind { get; set; } = AttachmentKinds.Initial;
    public DateTime UploadedAt { get; set; }
}

/// <summary>The kinds of <see cref="ComplaintAttachment"/>.</summary>
public static class AttachmentKinds
{
    public const string Initial = "initial";
    public const string Supplement = "supplement";
}

/// <summary>A line of a case's history; <see cref="IsPublic"/> lines are also shown to the citizen on the lookup page.</summary>
public sealed class ComplaintEvent
{
    public string Id { get; set; } = Guid.CreateVersion7().ToString("N");
    public string ComplaintId { get; set; } = "";
    public DateTime At { get; set; }
    public string Kind { get; set; } = "";

    /// <summary>Vietnamese, and never the reporter's identity.</summary>
    public string Text { get; set; } = "";
    public string? UserId { get; set; }
    public bool IsPublic { get; set; }
}
