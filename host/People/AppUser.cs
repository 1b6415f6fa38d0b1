using Microsoft.AspNetCore.Identity;

namespace CongVu.Host.People;

/// <summary>A person who signs in: a civil servant (CBCCVC) of one unit, or an administrator.</summary>
public sealed class AppUser : IdentityUser
{
    /// <summary>Full name as written on documents, e.g. "Nguyễn Văn An".</summary>
    public string FullName { get; set; } = "";

    /// <summary>The unit the person works in; null for accounts outside the organisation (a system administrator).</summary>
    public string? UnitId { get; set; }

    /// <summary>Job position (vị trí việc làm), e.g. "Chuyên viên"; registrations tie yearly tasks to it.</summary>
    public string? JobPosition { get; set; }
}
