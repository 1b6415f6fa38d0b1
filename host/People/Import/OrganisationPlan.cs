using System.Globalization;
using CongVu.Host.People.Demo;

namespace CongVu.Host.People.Import;

/// <summary>A unit of a generated organisation; Kind null for a root that has no staff.</summary>
internal sealed record PlannedUnit(string Code, string Name, string? Parent, string Bloc, string? Supervisor, UnitKind? Kind);

/// <summary>
/// The endless, deterministic list of units <see cref="OrganisationCsv"/> takes from: parents always come before their children,
/// both blocs appear early, and any prefix is a sensible organisation.
/// </summary>
internal static class OrganisationPlan
{
    private const string Gov = Blocs.Government, Party = Blocs.Party, Snv = "SNV", Btc = "BTC-TU";

    private static readonly (string Code, string Name, bool Urban)[] Districts =
    [
        ("NK", "Ninh Kiều", true), ("CR", "Cái Răng", true), ("BT", "Bình Thủy", true), ("OM", "Ô Môn", true), ("TN", "Thốt Nốt", true),
        ("PD", "Phong Điền", false), ("CD", "Cờ Đỏ", false), ("TL", "Thới Lai", false), ("VT", "Vĩnh Thạnh", false),
    ];

    private static readonly string[] FirstSyllables =
        ["Tân", "An", "Hưng", "Thới", "Bình", "Phú", "Long", "Thạnh", "Mỹ", "Trường", "Nhơn", "Thuận", "Xuân", "Vĩnh", "Phước", "Định", "Trung", "Khánh", "Hòa", "Lợi"];

    private static readonly string[] SecondSyllables =
        ["An", "Hòa", "Lợi", "Bình", "Thạnh", "Phú", "Khánh", "Hưng", "Long", "Thới", "Xuân", "Mỹ", "Thuận", "Phước", "Lộc", "Tiến", "Hiệp", "Nghĩa", "Đông", "Tây"];

    public static IEnumerable<PlannedUnit> Units()
    {
        yield return new("UBND-TP", "UBND thành phố", null, Gov, null, null);
        yield return new(Snv, "Sở Nội vụ", "UBND-TP", Gov, null, UnitKind.Department);
        yield return new("TU", "Thành ủy", null, Party, null, null);
        yield return new(Btc, "Ban Tổ chức Thành ủy", "TU", Party, null, UnitKind.PartyBoard);
        var city = CityGovernment().ToList();
        var party = CityParty().ToList();
        for (var i = 0; i < Math.Max(city.Count, party.Count); i++)
        {
            if (i < city.Count) yield return city[i];
            if (i < party.Count) yield return party[i];
        }
        foreach (var district in Districts)
            foreach (var unit in District(district.Code, district.Name, district.Urban)) yield return unit;
        for (var ward = 0; ; ward++)
        {
            var (code, name, urban) = Districts[ward % Districts.Length];
            foreach (var unit in Ward(code, urban, ward / Districts.Length + 1, WardName(ward))) yield return unit;
        }
    }

    private static IEnumerable<PlannedUnit> CityGovernment()
    {
        PlannedUnit Unit(string code, string name, UnitKind kind, string parent = "UBND-TP") => new(code, name, parent, Gov, Snv, kind);
        yield return Unit("VP-UBND", "Văn phòng UBND thành phố", UnitKind.CityOffice);
        yield return Unit("STC", "Sở Tài chính", UnitKind.Department);
        yield return Unit("SXD", "Sở Xây dựng", UnitKind.Department);
        yield return Unit("SYT", "Sở Y tế", UnitKind.Department);
        yield return Unit("SGDDT", "Sở Giáo dục và Đào tạo", UnitKind.Department);
        yield return Unit("STP", "Sở Tư pháp", UnitKind.Department);
        yield return Unit("SKHCN", "Sở Khoa học và Công nghệ", UnitKind.Department);
        yield return Unit("SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch", UnitKind.Department);
        yield return Unit("SNNMT", "Sở Nông nghiệp và Môi trường", UnitKind.Department);
        yield return Unit("SCT", "Sở Công Thương", UnitKind.Department);
        yield return Unit("SDTTG", "Sở Dân tộc và Tôn giáo", UnitKind.Department);
        yield return Unit("TTTP", "Thanh tra thành phố", UnitKind.Inspectorate);
        yield return Unit("BQL-KCN", "Ban Quản lý các khu chế xuất và công nghiệp", UnitKind.Board);
        yield return Unit("TTPVHCC", "Trung tâm Phục vụ hành chính công", UnitKind.Division, "VP-UBND");
        yield return Unit("DPTTH", "Đài Phát thanh và Truyền hình thành phố", UnitKind.Newspaper);
        yield return Unit("BV-DKTP", "Bệnh viện Đa khoa thành phố", UnitKind.Hospital, "SYT");
        yield return Unit("BV-NHI", "Bệnh viện Nhi đồng thành phố", UnitKind.Hospital, "SYT");
        yield return Unit("THPT-CVL", "Trường THPT Châu Văn Liêm", UnitKind.School, "SGDDT");
        yield return Unit("THPT-NVH", "Trường THPT Nguyễn Việt Hồng", UnitKind.School, "SGDDT");
        yield return Unit("THPT-BHN", "Trường THPT Bùi Hữu Nghĩa", UnitKind.School, "SGDDT");
        yield return Unit("THPT-PNH", "Trường THPT Phan Ngọc Hiển", UnitKind.School, "SGDDT");
    }

    private static IEnumerable<PlannedUnit> CityParty()
    {
        PlannedUnit Unit(string code, string name, UnitKind kind, string? parent = "TU") => new(code, name, parent, Party, Btc, kind);
        yield return Unit("VP-TU", "Văn phòng Thành ủy", UnitKind.PartyOffice);
        yield return Unit("BTG-TU", "Ban Tuyên giáo Thành ủy", UnitKind.PartyBoard);
        yield return Unit("BDV-TU", "Ban Dân vận Thành ủy", UnitKind.PartyBoard);
        yield return Unit("UBKT-TU", "Ủy ban Kiểm tra Thành ủy", UnitKind.PartyInspection);
        yield return Unit("BNC-TU", "Ban Nội chính Thành ủy", UnitKind.PartyBoard);
        yield return Unit("DUK-CQ", "Đảng ủy Khối các cơ quan thành phố", UnitKind.PartyCommittee);
        yield return Unit("BAO-CT", "Báo Cần Thơ", UnitKind.Newspaper);
        yield return Unit("TCT-TP", "Trường Chính trị thành phố", UnitKind.PoliticalSchool);
        yield return Unit("MTTQ-TP", "Ủy ban MTTQ Việt Nam thành phố", UnitKind.Front, null);
        yield return Unit("TD-TP", "Thành đoàn", UnitKind.Youth, null);
        yield return Unit("HLHPN-TP", "Hội Liên hiệp Phụ nữ thành phố", UnitKind.Union, null);
        yield return Unit("LDLD-TP", "Liên đoàn Lao động thành phố", UnitKind.Union, null);
        yield return Unit("HND-TP", "Hội Nông dân thành phố", UnitKind.Union, null);
        yield return Unit("HCCB-TP", "Hội Cựu chiến binh thành phố", UnitKind.Union, null);
        yield return Unit("HCTD-TP", "Hội Chữ thập đỏ thành phố", UnitKind.Union, null);
        yield return Unit("LHH-TP", "Liên hiệp các Hội Khoa học và Kỹ thuật thành phố", UnitKind.Union, null);
        yield return Unit("HNB-TP", "Hội Nhà báo thành phố", UnitKind.Union, null);
    }

    private static IEnumerable<PlannedUnit> District(string code, string name, bool urban)
    {
        var (level, committee, youth) = urban ? ("quận", "QU", "Quận đoàn") : ("huyện", "HU", "Huyện đoàn");
        var ubnd = $"UBND-{code}";
        yield return new(ubnd, $"UBND {level} {name}", "UBND-TP", Gov, Snv, UnitKind.District);
        yield return new($"{committee}-{code}", $"{(urban ? "Quận ủy" : "Huyện ủy")} {name}", "TU", Party, Btc, UnitKind.PartyCommittee);
        yield return new($"MTTQ-{code}", $"Ủy ban MTTQ Việt Nam {level} {name}", "MTTQ-TP", Party, Btc, UnitKind.Front);
        yield return new($"{(urban ? "QD" : "HD")}-{code}", $"{youth} {name}", "TD-TP", Party, Btc, UnitKind.Youth);
        yield return new($"HLHPN-{code}", $"Hội Liên hiệp Phụ nữ {level} {name}", "HLHPN-TP", Party, Btc, UnitKind.Union);
        (string Code, string Name)[] divisions =
        [
            ("VP", $"Văn phòng HĐND và UBND {level} {name}"), ("PNV", $"Phòng Nội vụ {level} {name}"),
            ("PTCKH", $"Phòng Tài chính - Kế hoạch {level} {name}"), ("PTP", $"Phòng Tư pháp {level} {name}"),
            ("PGDDT", $"Phòng Giáo dục và Đào tạo {level} {name}"), ("PYT", $"Phòng Y tế {level} {name}"),
            ("PVHTT", $"Phòng Văn hóa và Thông tin {level} {name}"),
            urban ? ("PQLDT", $"Phòng Quản lý đô thị quận {name}") : ("PKTHT", $"Phòng Kinh tế và Hạ tầng huyện {name}"),
            ("PTNMT", $"Phòng Tài nguyên và Môi trường {level} {name}"),
        ];
        foreach (var (division, title) in divisions) yield return new($"{code}-{division}", title, ubnd, Gov, Snv, UnitKind.Division);
        yield return new($"{code}-TT", $"Thanh tra {level} {name}", ubnd, Gov, Snv, UnitKind.Inspectorate);
    }

    private static IEnumerable<PlannedUnit> Ward(string district, bool urban, int number, string name)
    {
        var (level, letter) = urban ? ("phường", "P") : ("xã", "X");
        var code = $"{district}-{letter}{number.ToString("00", CultureInfo.InvariantCulture)}";
        yield return new(code, $"UBND {level} {name}", $"UBND-{district}", Gov, Snv, UnitKind.Ward);
        yield return new($"{code}-DU", $"Đảng ủy {level} {name}", $"{(urban ? "QU" : "HU")}-{district}", Party, Btc, UnitKind.PartyCommittee);
        yield return new($"{code}-MT", $"Ủy ban MTTQ Việt Nam {level} {name}", $"MTTQ-{district}", Party, Btc, UnitKind.Front);
        yield return new($"{code}-MN", $"Trường Mầm non {name}", $"{district}-PGDDT", Gov, Snv, UnitKind.School);
        yield return new($"{code}-TH", $"Trường Tiểu học {name}", $"{district}-PGDDT", Gov, Snv, UnitKind.School);
        yield return new($"{code}-THCS", $"Trường THCS {name}", $"{district}-PGDDT", Gov, Snv, UnitKind.School);
        yield return new($"{code}-TYT", $"Trạm Y tế {level} {name}", code, Gov, Snv, UnitKind.Clinic);
    }

    /// <summary>Two-syllable place names ("Tân An", "Hưng Lợi", "Thới Bình"), unique across the city; numbered once they run out.</summary>
    private static string WardName(int index)
    {
        var round = index / WardNames.Length;
        var name = WardNames[index % WardNames.Length];
        return round == 0 ? name : $"{name} {round + 1}";
    }

    /// <summary>Every pairing of two different syllables, shuffled by a fixed seed so neighbouring wards do not all start alike.</summary>
    private static readonly string[] WardNames = Shuffled(
        FirstSyllables.SelectMany(first => SecondSyllables.Where(second => second != first).Select(second => $"{first} {second}")).ToArray());

    private static string[] Shuffled(string[] names)
    {
        var random = new Random(84);
        for (var i = names.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (names[i], names[j]) = (names[j], names[i]);
        }
        return names;
    }
}
