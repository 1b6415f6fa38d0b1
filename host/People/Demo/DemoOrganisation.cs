namespace CongVu.Host.People.Demo;

/// <summary>
/// The sample organisation of a city like Cần Thơ: the government bloc under the UBND thành phố, supervised by the Sở Nội vụ,
/// and the Party, Front and union bloc, supervised by the Ban Tổ chức Thành ủy. Every reporting unit has a head, a reviewer
/// and staff. The five named accounts keep their meaning; the others follow <see cref="UserName"/>.
/// </summary>
internal static class DemoOrganisation
{
    /// <summary>Demo addresses end in a reserved name (RFC 2606 style) so no real mailbox is ever written to.</summary>
    public const string MailDomain = "congvu.example";

    private const string Gov = Blocs.Government, Party = Blocs.Party;

    /// <summary>Parents before children. Kind null: a root that groups units and has no staff of its own.</summary>
    public static IReadOnlyList<DemoUnit> Units { get; } =
    [
        new("UBND-TP", "UBND thành phố", null, Gov, null, null, 0),
        new("SNV", "Sở Nội vụ", "UBND-TP", Gov, null, UnitKind.Department, 8),
        // Văn phòng UBND has exactly the named accounts: tests and the sample workflow rely on who is Staff there.
        new("VP-UBND", "Văn phòng UBND", "UBND-TP", Gov, "SNV", UnitKind.CityOffice, 0),
        new("STC", "Sở Tài chính", "UBND-TP", Gov, "SNV", UnitKind.Department, 7),
        new("SXD", "Sở Xây dựng", "UBND-TP", Gov, "SNV", UnitKind.Department, 6),
        new("SYT", "Sở Y tế", "UBND-TP", Gov, "SNV", UnitKind.Department, 6),
        new("SGDDT", "Sở Giáo dục và Đào tạo", "UBND-TP", Gov, "SNV", UnitKind.Department, 7),
        new("STP", "Sở Tư pháp", "UBND-TP", Gov, "SNV", UnitKind.Department, 5),
        new("SKHCN", "Sở Khoa học và Công nghệ", "UBND-TP", Gov, "SNV", UnitKind.Department, 4),
        new("SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch", "UBND-TP", Gov, "SNV", UnitKind.Department, 5),
        new("SNNMT", "Sở Nông nghiệp và Môi trường", "UBND-TP", Gov, "SNV", UnitKind.Department, 6),
        new("SCT", "Sở Công Thương", "UBND-TP", Gov, "SNV", UnitKind.Department, 5),
        new("TTTP", "Thanh tra thành phố", "UBND-TP", Gov, "SNV", UnitKind.Inspectorate, 5),
        new("BQL-KCN", "Ban Quản lý các khu chế xuất và công nghiệp", "UBND-TP", Gov, "SNV", UnitKind.Board, 4),
        new("BV-DKTP", "Bệnh viện Đa khoa thành phố", "SYT", Gov, "SNV", UnitKind.Hospital, 7),
        new("UBND-NK", "UBND quận Ninh Kiều", "UBND-TP", Gov, "SNV", UnitKind.District, 6),
        new("UBND-CR", "UBND quận Cái Răng", "UBND-TP", Gov, "SNV", UnitKind.District, 5),
        new("UBND-BT", "UBND quận Bình Thủy", "UBND-TP", Gov, "SNV", UnitKind.District, 5),
        new("UBND-PD", "UBND huyện Phong Điền", "UBND-TP", Gov, "SNV", UnitKind.District, 5),
        new("NK-PNV", "Phòng Nội vụ quận Ninh Kiều", "UBND-NK", Gov, "SNV", UnitKind.Division, 4),
        new("P-TANAN", "UBND phường Tân An", "UBND-NK", Gov, "SNV", UnitKind.Ward, 5),
        new("P-ANHOA", "UBND phường An Hòa", "UBND-NK", Gov, "SNV", UnitKind.Ward, 4),
        new("P-XUANKHANH", "UBND phường Xuân Khánh", "UBND-NK", Gov, "SNV", UnitKind.Ward, 4),
        new("P-LEBINH", "UBND phường Lê Bình", "UBND-CR", Gov, "SNV", UnitKind.Ward, 4),
        new("P-HUNGPHU", "UBND phường Hưng Phú", "UBND-CR", Gov, "SNV", UnitKind.Ward, 4),
        new("P-BUIHUUNGHIA", "UBND phường Bùi Hữu Nghĩa", "UBND-BT", Gov, "SNV", UnitKind.Ward, 4),
        new("X-MYKHANH", "UBND xã Mỹ Khánh", "UBND-PD", Gov, "SNV", UnitKind.Ward, 4),

        new("TU", "Thành ủy", null, Party, null, null, 0),
        new("BTC-TU", "Ban Tổ chức Thành ủy", "TU", Party, null, UnitKind.PartyBoard, 6),
        new("VP-TU", "Văn phòng Thành ủy", "TU", Party, "BTC-TU", UnitKind.PartyOffice, 6),
        new("BTG-TU", "Ban Tuyên giáo Thành ủy", "TU", Party, "BTC-TU", UnitKind.PartyBoard, 5),
        new("BDV-TU", "Ban Dân vận Thành ủy", "TU", Party, "BTC-TU", UnitKind.PartyBoard, 4),
        new("UBKT-TU", "Ủy ban Kiểm tra Thành ủy", "TU", Party, "BTC-TU", UnitKind.PartyInspection, 5),
        new("BNC-TU", "Ban Nội chính Thành ủy", "TU", Party, "BTC-TU", UnitKind.PartyBoard, 4),
        new("DUK-CQ", "Đảng ủy Khối các cơ quan thành phố", "TU", Party, "BTC-TU", UnitKind.PartyCommittee, 4),
        new("BAO-CT", "Báo Cần Thơ", "TU", Party, "BTC-TU", UnitKind.Newspaper, 6),
        new("TCT-TP", "Trường Chính trị thành phố", "TU", Party, "BTC-TU", UnitKind.PoliticalSchool, 5),
        new("MTTQ-TP", "Ủy ban MTTQ Việt Nam thành phố", null, Party, "BTC-TU", UnitKind.Front, 6),
        new("TD-TP", "Thành đoàn", null, Party, "BTC-TU", UnitKind.Youth, 5),
        new("HLHPN-TP", "Hội Liên hiệp Phụ nữ thành phố", null, Party, "BTC-TU", UnitKind.Union, 5),
        new("LDLD-TP", "Liên đoàn Lao động thành phố", null, Party, "BTC-TU", UnitKind.Union, 5),
        new("HND-TP", "Hội Nông dân thành phố", null, Party, "BTC-TU", UnitKind.Union, 4),
        new("HCCB-TP", "Hội Cựu chiến binh thành phố", null, Party, "BTC-TU", UnitKind.Union, 4),
        new("HCTD-TP", "Hội Chữ thập đỏ thành phố", null, Party, "BTC-TU", UnitKind.Union, 4),
        new("QU-NK", "Quận ủy Ninh Kiều", "TU", Party, "BTC-TU", UnitKind.PartyCommittee, 5),
        new("QU-CR", "Quận ủy Cái Răng", "TU", Party, "BTC-TU", UnitKind.PartyCommittee, 4),
        new("QU-BT", "Quận ủy Bình Thủy", "TU", Party, "BTC-TU", UnitKind.PartyCommittee, 4),
        new("HU-PD", "Huyện ủy Phong Điền", "TU", Party, "BTC-TU", UnitKind.PartyCommittee, 4),
        new("MTTQ-NK", "Ủy ban MTTQ Việt Nam quận Ninh Kiều", "MTTQ-TP", Party, "BTC-TU", UnitKind.Front, 4),
        new("QD-NK", "Quận đoàn Ninh Kiều", "TD-TP", Party, "BTC-TU", UnitKind.Youth, 4),
        new("DU-TANAN", "Đảng ủy phường Tân An", "QU-NK", Party, "BTC-TU", UnitKind.PartyCommittee, 4),
    ];

    /// <summary>The accounts from before the organisation grew; tests, the sample workflow and the README name them.</summary>
    public static IReadOnlyList<DemoAccount> NamedAccounts { get; } =
    [
        new("admin", "Quản trị hệ thống", Unit: null, JobPosition: null, HeadOf: null, [Roles.Admin]),
        new("canbo1", "Nguyễn Văn An", "VP-UBND", "Chuyên viên", HeadOf: null, [Roles.Staff]),
        new("truongphong1", "Trần Thị Bình", "VP-UBND", "Chánh Văn phòng", HeadOf: "VP-UBND", [Roles.UnitHead, Roles.Reviewer]),
        new("canbo2", "Lê Văn Cường", "VP-UBND", "Chuyên viên", HeadOf: null, [Roles.Staff, Roles.Reviewer]),
        new("giamdoc1", "Phạm Thị Dung", "SNV", "Giám đốc Sở", HeadOf: "SNV", [Roles.UnitHead, Roles.Supervisor]),
    ];

    /// <summary>Every demo account: the named ones, then per unit its head, its reviewer and its staff where no named account fills the place.</summary>
    public static IReadOnlyList<DemoAccount> Accounts { get; } = [.. NamedAccounts, .. Generated()];

    /// <summary>The user-name scheme: unit code in lower case, a dot, and <c>thutruong</c>, <c>quanly</c> or <c>canbo01</c>, <c>canbo02</c>, …</summary>
    public static string UserName(string unitCode, string place) => $"{unitCode.ToLowerInvariant()}.{place}";

    private static IEnumerable<DemoAccount> Generated()
    {
        var supervisors = Units.Select(u => u.Supervisor).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var person = 0;
        for (var number = 0; number < Units.Count; number++)
        {
            var unit = Units[number];
            if (unit.Kind is not { } kind) continue;
            // Staff of a supervising unit accept or return what their units send.
            string[] extra = supervisors.Contains(unit.Code) ? [Roles.Supervisor] : [];
            if (!NamedAccounts.Any(a => a.HeadOf == unit.Code))
                yield return Account(unit, "thutruong", kind.HeadTitle, [Roles.UnitHead, .. extra], headOf: true);
            if (!NamedAccounts.Any(a => a.Unit == unit.Code && a.Roles.Contains(Roles.Reviewer)))
                yield return Account(unit, "quanly", kind.DeputyTitle, [Roles.Staff, Roles.Reviewer, .. extra], headOf: false);
            for (var i = 1; i <= unit.Staff; i++)
                yield return Account(unit, $"canbo{i:00}", kind.PositionOf(number, i), [Roles.Staff, .. extra], headOf: false);
        }

        DemoAccount Account(DemoUnit unit, string place, string position, string[] roles, bool headOf) =>
            new(UserName(unit.Code, place), VietnameseNames.Of(seed: 2027, person++), unit.Code, position, headOf ? unit.Code : null, roles);
    }
}

/// <summary>A demo unit, its parent and supervisor by code; <paramref name="Staff"/> is how many plain staff it gets besides its head and reviewer.</summary>
internal sealed record DemoUnit(string Code, string Name, string? Parent, string Bloc, string? Supervisor, UnitKind? Kind, int Staff);

/// <summary>A demo account; <paramref name="HeadOf"/> names the unit it heads.</summary>
internal sealed record DemoAccount(string UserName, string FullName, string? Unit, string? JobPosition, string? HeadOf, string[] Roles);
