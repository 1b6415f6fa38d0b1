namespace CongVu.Host.Complaints;

/// <summary>Settings of the "Complaints" section: who receives and reports, upload limits and the public pages' rate limits.</summary>
public sealed class ComplaintOptions
{
    public const string Section = "Complaints";

    /// <summary>Code of the office that receives web-form cases and classifies them (Văn phòng UBND, Ban Tiếp công dân).</summary>
    public string ReceivingUnit { get; set; } = "VP-UBND";

    /// <summary>Code of the unit that issues the yearly report on complaint handling (Sở Nội vụ, per seed 003).</summary>
    public string ReportUnit { get; set; } = "SNV";

    /// <summary>Telephone and e-mail printed on receipts and answers for questions; empty to leave them out.</summary>
    public string? Hotline { get; set; }
    public string? ContactEmail { get; set; }

    /// <summary>The definition started for each new case.</summary>
    public string WorkflowId { get; set; } = "xu-ly-phan-anh";

    /// <summary>Remote and disadvantaged areas have longer legal time limits (Luật Khiếu nại 2011, Điều 28, khoản 2).</summary>
    public bool RemoteArea { get; set; }

    /// <summary>How long the citizen has to send the requested supplementary documents, in calendar days.</summary>
    public int SupplementDays { get; set; } = 15;

    public int MaxFiles { get; set; } = 5;
    public long MaxFileBytes { get; set; } = 10L * 1024 * 1024;
    public IReadOnlyList<string> AllowedExtensions { get; set; } = [".pdf", ".jpg", ".jpeg", ".png", ".docx"];

    /// <summary>Posts of the public form allowed per client IP address in <see cref="SubmitWindowMinutes"/>.</summary>
    public int SubmitPermitLimit { get; set; } = 5;
    public int SubmitWindowMinutes { get; set; } = 10;

    /// <summary>Lookups and supplement uploads allowed per client IP address in <see cref="LookupWindowMinutes"/>.</summary>
    public int LookupPermitLimit { get; set; } = 60;
    public int LookupWindowMinutes { get; set; } = 10;

    /// <summary>Everything one post may carry: every file at its limit, plus the text fields.</summary>
    public long MaxRequestBytes => MaxFiles * MaxFileBytes + 1024 * 1024;
}
