namespace CongVu.Host.People.Import;

/// <summary>A unit as a CSV row describes it; parent and supervisor by code.</summary>
public sealed record UnitEntry(int Line, string Code, string Name, string? ParentCode, string? Bloc, string? SupervisorCode);

/// <summary>The units file: <c>ma_don_vi,ten_don_vi,ma_don_vi_cha,khoi,ma_don_vi_giam_sat</c>.</summary>
public static class UnitRows
{
    public const string File = "Tệp đơn vị";
    public const string Code = "ma_don_vi", Name = "ten_don_vi", Parent = "ma_don_vi_cha", Bloc = "khoi", Supervisor = "ma_don_vi_giam_sat";
    public static IReadOnlyList<string> Columns { get; } = [Code, Name, Parent, Bloc, Supervisor];

    /// <summary>The CSV words for <see cref="Blocs"/>.</summary>
    public static IReadOnlyDictionary<string, string> BlocWords { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["chinh-quyen"] = Blocs.Government,
        ["dang-doan-the"] = Blocs.Party,
    };

    /// <param name="existingParents">Units already stored: code → parent code (null at the top).</param>
    public static IReadOnlyList<UnitEntry> Check(IReadOnlyList<CsvRow> rows, IReadOnlyDictionary<string, string?> existingParents, List<ImportProblem> problems)
    {
        var entries = new List<UnitEntry>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var count = problems.Count;
            var code = row[Code];
            if (!ImportText.IsCode(code)) Add(row, Code, code.Length == 0 ? "Thiếu mã đơn vị." : ImportText.CodeRule);
            else if (seen.TryGetValue(code, out var first)) Add(row, Code, $"Mã đơn vị “{code}” đã có ở dòng {first}.");
            else seen[code] = row.Line;
            var name = row[Name];
            if (name.Length == 0) Add(row, Name, "Thiếu tên đơn vị.");
            else if (name.Length > 200) Add(row, Name, "Tên đơn vị dài quá 200 ký tự.");
            string? bloc = null;
            if (row[Bloc].Length > 0 && !BlocWords.TryGetValue(row[Bloc], out bloc))
                Add(row, Bloc, $"Khối “{row[Bloc]}” không hợp lệ: dùng “chinh-quyen” (khối chính quyền) hoặc “dang-doan-the” (khối Đảng, Mặt trận, đoàn thể).");
            if (problems.Count == count)
                entries.Add(new UnitEntry(row.Line, code, name, Empty(row[Parent]), bloc, Empty(row[Supervisor])));
        }
        var known = existingParents.Keys.Concat(entries.Select(e => e.Code)).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            CheckReference(entry, entry.ParentCode, Parent, "Đơn vị cha", known, problems);
            CheckReference(entry, entry.SupervisorCode, Supervisor, "Đơn vị giám sát", known, problems);
        }
        CheckCycles(entries, existingParents, problems);
        return entries;

        void Add(CsvRow row, string column, string message) => problems.Add(new ImportProblem(File, row.Line, column, message));
    }

    private static void CheckReference(UnitEntry entry, string? code, string column, string what, HashSet<string> known, List<ImportProblem> problems)
    {
        if (code is null) return;
        if (code == entry.Code) problems.Add(new ImportProblem(File, entry.Line, column, $"{what} không thể là chính đơn vị này."));
        else if (!known.Contains(code)) problems.Add(new ImportProblem(File, entry.Line, column, $"{what} “{code}” không có trong tệp cũng như trong hệ thống."));
    }

    /// <summary>A unit may not end up inside itself once the file's parents replace the stored ones.</summary>
    private static void CheckCycles(IReadOnlyList<UnitEntry> entries, IReadOnlyDictionary<string, string?> existingParents, List<ImportProblem> problems)
    {
        var parents = new Dictionary<string, string?>(existingParents, StringComparer.Ordinal);
        foreach (var entry in entries) parents[entry.Code] = entry.ParentCode;
        foreach (var entry in entries.Where(e => e.ParentCode is not null && e.ParentCode != e.Code))
        {
            var visited = new HashSet<string>(StringComparer.Ordinal) { entry.Code };
            for (var code = entry.ParentCode; code is not null; code = parents.GetValueOrDefault(code))
            {
                if (visited.Add(code)) continue;
                problems.Add(new ImportProblem(File, entry.Line, Parent, $"Đơn vị cha “{entry.ParentCode}” tạo thành vòng lặp (đơn vị nằm trong chính nó)."));
                break;
            }
        }
    }

    private static string? Empty(string value) => value.Length == 0 ? null : value;
}
