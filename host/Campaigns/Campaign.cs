namespace CongVu.Host.Campaigns;

/// <summary>One yearly campaign (kế hoạch, đăng ký, báo cáo 6 tháng/năm, báo cáo phản ánh) that every reporting unit answers.</summary>
public sealed class Campaign
{
    /// <summary>Natural key from kind, year and period: "dang-ky-2027", "bao-cao-2027-6t".</summary>
    public string Id { get; set; } = "";

    /// <summary>One of <see cref="CampaignKinds.All"/>.</summary>
    public string Kind { get; set; } = "";

    public int Year { get; set; }

    /// <summary>"" for yearly campaigns, "6t" or "nam" for reports.</summary>
    public string Period { get; set; } = "";

    public string Title { get; set; } = "";

    /// <summary>The last local day (Asia/Ho_Chi_Minh) on which a submission is on time.</summary>
    public DateOnly DueDate { get; set; }

    /// <summary>The bloc the campaign was limited to, or null for every unit.</summary>
    public string? Bloc { get; set; }

    public DateTime OpenedAt { get; set; }

    /// <summary>The workflow instance that opened it; a second instance opening the same campaign is told so.</summary>
    public string? InstanceId { get; set; }
}

/// <summary>
/// What one unit has sent for a campaign. The unit's code, name, bloc and supervisor are copied when the campaign opens,
/// so a campaign keeps the organisation it started with and the dashboard reads one table.
/// </summary>
public sealed class CampaignSubmission
{
    public string CampaignId { get; set; } = "";
    public string UnitId { get; set; } = "";
    public string UnitCode { get; set; } = "";
    public string UnitName { get; set; } = "";
    public string? Bloc { get; set; }
    public string? SupervisorUnitId { get; set; }

    /// <summary>One of <see cref="SubmissionStatus"/>.</summary>
    public string Status { get; set; } = SubmissionStatus.Pending;

    /// <summary>The first time the unit submitted (or was approved); later resubmissions keep it.</summary>
    public DateTime? SubmittedAt { get; set; }

    public DateTime? ApprovedAt { get; set; }

    /// <summary>Whether <see cref="SubmittedAt"/> fell on or before the due date (local); null until submitted.</summary>
    public bool? OnTime { get; set; }

    public string? DocumentId { get; set; }

    /// <summary>JSON object the unit's workflow recorded (ratings per criterion, figures).</summary>
    public string? Data { get; set; }

    /// <summary>The workflow instance that last recorded this submission.</summary>
    public string? InstanceId { get; set; }

    public DateTime UpdatedAt { get; set; }
}
