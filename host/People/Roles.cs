using CongVu.Host.Auth;

namespace CongVu.Host.People;

/// <summary>The role names people are given; task assignment and page policies refer to these.</summary>
public static class Roles
{
    /// <summary>Administers the system and designs workflows; the same name the API key's "Admin" policy requires.</summary>
    public const string Admin = AdminPolicy.Role;

    /// <summary>A civil servant (CBCCVC) who drafts, registers and reports.</summary>
    public const string Staff = "Staff";

    /// <summary>Checks a colleague's work before it goes to the head.</summary>
    public const string Reviewer = "Reviewer";

    /// <summary>The head (thủ trưởng) who approves and signs for a unit.</summary>
    public const string UnitHead = "UnitHead";

    /// <summary>Works at a supervising unit and accepts or returns what its units send.</summary>
    public const string Supervisor = "Supervisor";

    public static IReadOnlyList<string> All { get; } = [Admin, Staff, Reviewer, UnitHead, Supervisor];

    /// <summary>The Vietnamese name shown on pages.</summary>
    public static string DisplayName(string role) => role switch
    {
        Admin => "Quản trị hệ thống",
        Staff => "Cán bộ, công chức",
        Reviewer => "Người rà soát",
        UnitHead => "Thủ trưởng đơn vị",
        Supervisor => "Cán bộ cơ quan cấp trên",
        _ => role,
    };
}
