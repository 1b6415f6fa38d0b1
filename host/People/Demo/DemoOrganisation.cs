namespace CongVu.Host.People.Demo;

/// <summary>The sample organisation: a city People's Committee with two offices, and the Party's organisation board.</summary>
internal static class DemoOrganisation
{
    /// <summary>Demo addresses end in a reserved name (RFC 2606 style) so no real mailbox is ever written to.</summary>
    public const string MailDomain = "congvu.example";

    public static IReadOnlyList<DemoUnit> Units { get; } =
    [
        new("UBND-TP", "UBND thành phố", Parent: null, Blocs.Government, Supervisor: null),
        new("SNV", "Sở Nội vụ", Parent: "UBND-TP", Blocs.Government, Supervisor: "UBND-TP"),
        new("VP-UBND", "Văn phòng UBND", Parent: "UBND-TP", Blocs.Government, Supervisor: "SNV"),
        new("BTC-TU", "Ban Tổ chức Thành ủy", Parent: null, Blocs.Party, Supervisor: null),
    ];

    public static IReadOnlyList<DemoAccount> Accounts { get; } =
    [
        new("admin", "Quản trị hệ thống", Unit: null, JobPosition: null, HeadOf: null, [Roles.Admin]),
        new("canbo1", "Nguyễn Văn An", "VP-UBND", "Chuyên viên", HeadOf: null, [Roles.Staff]),
        new("truongphong1", "Trần Thị Bình", "VP-UBND", "Chánh Văn phòng", HeadOf: "VP-UBND", [Roles.UnitHead, Roles.Reviewer]),
        new("canbo2", "Lê Văn Cường", "VP-UBND", "Chuyên viên", HeadOf: null, [Roles.Staff, Roles.Reviewer]),
        new("giamdoc1", "Phạm Thị Dung", "SNV", "Giám đốc Sở", HeadOf: "SNV", [Roles.UnitHead, Roles.Supervisor]),
    ];
}

/// <summary>A demo unit, its parent and supervisor given by code.</summary>
internal sealed record DemoUnit(string Code, string Name, string? Parent, string Bloc, string? Supervisor);

/// <summary>A demo account; <paramref name="HeadOf"/> names the unit it heads.</summary>
internal sealed record DemoAccount(string UserName, string FullName, string? Unit, string? JobPosition, string? HeadOf, string[] Roles);
