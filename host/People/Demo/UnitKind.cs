namespace CongVu.Host.People.Demo;

/// <summary>
/// A kind of unit, with the titles its head and deputy sign under and the job positions (vị trí việc làm) of its staff,
/// used to give demo and generated people a realistic position. Positions repeat to weight the common ones.
/// </summary>
internal sealed record UnitKind(string HeadTitle, string DeputyTitle, string[] Positions)
{
    private static readonly string[] Office =
        ["Chuyên viên", "Chuyên viên", "Chuyên viên chính", "Chuyên viên", "Phó Trưởng phòng", "Kế toán", "Chuyên viên", "Văn thư", "Trưởng phòng", "Chuyên viên chính", "Cán sự"];

    private static readonly string[] Party =
        ["Chuyên viên", "Chuyên viên chính", "Chuyên viên", "Phó Trưởng phòng", "Chuyên viên", "Kế toán", "Văn thư", "Trưởng phòng", "Chuyên viên cao cấp"];

    private static readonly string[] Mass =
        ["Chuyên viên", "Chuyên viên", "Phó Trưởng ban", "Chuyên viên chính", "Kế toán", "Văn thư", "Trưởng ban", "Cán sự"];

    public static UnitKind Department { get; } = new("Giám đốc", "Phó Giám đốc", Office);
    public static UnitKind CityOffice { get; } = new("Chánh Văn phòng", "Phó Chánh Văn phòng", Office);
    public static UnitKind Inspectorate { get; } = new("Chánh Thanh tra", "Phó Chánh Thanh tra",
        ["Thanh tra viên", "Thanh tra viên", "Thanh tra viên chính", "Chuyên viên", "Phó Trưởng phòng", "Kế toán", "Văn thư", "Thanh tra viên"]);
    public static UnitKind Board { get; } = new("Trưởng ban", "Phó Trưởng ban", Office);
    public static UnitKind District { get; } = new("Chủ tịch", "Phó Chủ tịch", Office);
    public static UnitKind Division { get; } = new("Trưởng phòng", "Phó Trưởng phòng", ["Chuyên viên", "Chuyên viên", "Chuyên viên chính", "Kế toán", "Chuyên viên", "Văn thư"]);
    public static UnitKind Ward { get; } = new("Chủ tịch", "Phó Chủ tịch",
        ["Công chức Văn phòng - Thống kê", "Công chức Tư pháp - Hộ tịch", "Công chức Địa chính - Xây dựng", "Công chức Tài chính - Kế toán",
         "Công chức Văn hóa - Xã hội", "Văn thư", "Công chức Văn phòng - Thống kê", "Công chức Tư pháp - Hộ tịch"]);
    public static UnitKind PartyBoard { get; } = new("Trưởng ban", "Phó Trưởng ban", Party);
    public static UnitKind PartyOffice { get; } = new("Chánh Văn phòng", "Phó Chánh Văn phòng", Party);
    public static UnitKind PartyInspection { get; } = new("Chủ nhiệm", "Phó Chủ nhiệm",
        ["Kiểm tra viên", "Kiểm tra viên", "Kiểm tra viên chính", "Chuyên viên", "Phó Trưởng phòng", "Kế toán", "Văn thư"]);
    public static UnitKind PartyCommittee { get; } = new("Bí thư", "Phó Bí thư", Party);
    public static UnitKind Front { get; } = new("Chủ tịch", "Phó Chủ tịch", Mass);
    public static UnitKind Union { get; } = new("Chủ tịch", "Phó Chủ tịch", Mass);
    public static UnitKind Youth { get; } = new("Bí thư", "Phó Bí thư", ["Chuyên viên", "Chuyên viên", "Phó Trưởng ban", "Kế toán", "Văn thư", "Trưởng ban"]);
    public static UnitKind Newspaper { get; } = new("Tổng Biên tập", "Phó Tổng Biên tập",
        ["Phóng viên", "Biên tập viên", "Phóng viên", "Thư ký tòa soạn", "Kỹ thuật viên", "Kế toán", "Phóng viên", "Văn thư"]);
    public static UnitKind PoliticalSchool { get; } = new("Hiệu trưởng", "Phó Hiệu trưởng",
        ["Giảng viên", "Giảng viên chính", "Giảng viên", "Chuyên viên", "Kế toán", "Văn thư", "Trưởng khoa"]);
    public static UnitKind School { get; } = new("Hiệu trưởng", "Phó Hiệu trưởng",
        ["Giáo viên", "Giáo viên", "Giáo viên", "Tổ trưởng chuyên môn", "Giáo viên", "Kế toán", "Văn thư", "Nhân viên thư viện", "Giáo viên"]);
    public static UnitKind Clinic { get; } = new("Trưởng trạm", "Phó Trưởng trạm", ["Y sĩ", "Điều dưỡng", "Bác sĩ", "Nữ hộ sinh", "Dược sĩ", "Y sĩ", "Kế toán"]);
    public static UnitKind Hospital { get; } = new("Giám đốc", "Phó Giám đốc",
        ["Bác sĩ", "Điều dưỡng", "Bác sĩ", "Điều dưỡng", "Dược sĩ", "Kỹ thuật viên", "Bác sĩ chuyên khoa I", "Kế toán", "Văn thư", "Điều dưỡng"]);

    /// <summary>The position of staff member <paramref name="index"/> (from 0) of the unit numbered <paramref name="unit"/>.</summary>
    public string PositionOf(int unit, int index) => Positions[(index + unit) % Positions.Length];
}
