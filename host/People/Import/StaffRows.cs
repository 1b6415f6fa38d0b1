namespace CongVu.Host.People.Import;

/// <summary>A person as a CSV row describes them; the unit by code, roles by name.</summary>
public sealed record StaffEntry(int Line, string UserName, string FullName, string? Email, string UnitCode, string? JobPosition, IReadOnlyList<string> Roles);

/// <summary>The staff file: <c>ten_dang_nhap,ho_ten,email,ma_don_vi,chuc_vu,vai_tro</c>; roles separated by ';'.</summary>
public static class StaffRows
{
    public const string File = "Tệp cán bộ";
    public const string UserName = "ten_dang_nhap", FullName = "ho_ten", Email = "email", Unit = "ma_don_vi", Position = "chuc_vu", RolesColumn = "vai_tro";
    public static IReadOnlyList<string> Columns { get; } = [UserName, FullName, Email, Unit, Position, RolesColumn];

    /// <summary>The roles an import sets; others (Admin) are left as they are.</summary>
    public static IReadOnlyList<string> ImportedRoles { get; } = [Roles.Staff, Roles.Reviewer, Roles.UnitHead, Roles.Supervisor];

    public static IReadOnlyList<StaffEntry> Check(IReadOnlyList<CsvRow> rows, IReadOnlySet<string> unitCodes, List<ImportProblem> problems)
    {
        var entries = new List<StaffEntry>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var heads = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var count = problems.Count;
            var userName = row[UserName];
            if (!ImportText.IsUserName(userName)) Add(row, UserName, userName.Length == 0 ? "Thiếu tên đăng nhập." : ImportText.UserNameRule);
            else if (seen.TryGetValue(userName, out var first)) Add(row, UserName, $"Tên đăng nhập “{userName}” đã có ở dòng {first}.");
            else seen[userName] = row.Line;
            if (row[FullName].Length == 0) Add(row, FullName, "Thiếu họ và tên.");
            else if (row[FullName].Length > 200) Add(row, FullName, "Họ và tên dài quá 200 ký tự.");
            if (row[Email].Length > 0 && !ImportText.IsEmail(row[Email])) Add(row, Email, $"Địa chỉ e-mail “{row[Email]}” không hợp lệ.");
            var unit = row[Unit];
            if (unit.Length == 0) Add(row, Unit, "Thiếu mã đơn vị.");
            else if (!unitCodes.Contains(unit)) Add(row, Unit, $"Đơn vị “{unit}” không có trong tệp đơn vị cũng như trong hệ thống.");
            if (row[Position].Length > 200) Add(row, Position, "Chức vụ dài quá 200 ký tự.");
            var roles = new List<string>();
            foreach (var word in row[RolesColumn].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var role = ImportedRoles.FirstOrDefault(r => string.Equals(r, word, StringComparison.OrdinalIgnoreCase));
                if (role is null) Add(row, RolesColumn, $"Vai trò “{word}” không hợp lệ: dùng Staff, Reviewer, UnitHead, Supervisor (cách nhau bởi dấu ;).");
                else if (!roles.Contains(role)) roles.Add(role);
            }
            if (roles.Contains(Roles.UnitHead) && unit.Length > 0)
            {
                if (heads.TryGetValue(unit, out var headLine)) Add(row, RolesColumn, $"Đơn vị “{unit}” đã có thủ trưởng ở dòng {headLine}.");
                else heads[unit] = row.Line;
            }
            if (problems.Count == count)
                entries.Add(new StaffEntry(row.Line, userName, row[FullName], Empty(row[Email]), unit, Empty(row[Position]), roles));
        }
        return entries;

        void Add(CsvRow row, string column, string message) => problems.Add(new ImportProblem(File, row.Line, column, message));
    }

    private static string? Empty(string value) => value.Length == 0 ? null : value;
}
