using System.Text;

namespace CongVu.Host.People.Import;

/// <summary>A unit as a CSV row describes it; parent and supervisor by code.</summary>
public sealed record UnitEntry(int Line, string Code, string Name, string? ParentCode, string? Bloc, string? SupervisorCode);

/// <summary>What the checks need to know of a unit already stored: its parent's code and its bloc.</summary>
public sealed record StoredUnit(string? ParentCode, string? Bloc);

/// <summary>The units file: <c>ma_don_vi,ten_don_vi,ma_don_vi_cha,khoi,ma_don_vi_giam_sat</c>.</summary>
public static class UnitRows
{
    public const string File = "Tệp đơn vị";
    public const string Code = "ma_don_vi", Name = "ten_don_vi", Parent = "ma_don_vi_cha", Bloc = "khoi", Supervisor = "ma_don_vi_giam_sat";
    public static IReadOnlyList<string> Columns { get; } = [Code, Name, Parent, Bloc, Supervisor];

    /// <summary>
    /// The words a CSV cell may use for each of <see cref="Blocs"/>: the Vietnamese names (with or without "Khối"), the short
    /// unaccented forms and the English constants; compared without case and without spaces.
    /// </summary>
    public static IReadOnlyDictionary<string, string[]> BlocWords { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [Blocs.Government] = ["Chính quyền", "Khối chính quyền", "chinh-quyen", "chinh quyen", "Government"],
        [Blocs.Party] = ["Đảng, Mặt trận, đoàn thể", "Khối Đảng, Mặt trận, đoàn thể", "dang-doan-the", "Dang, Mat tran, doan the", "Party"],
    };

    private static readonly Dictionary<string, string> BlocByKey =
        BlocWords.SelectMany(p => p.Value.Select(word => (Key: Key(word), Bloc: p.Key))).ToDictionary(p => p.Key, p => p.Bloc, StringComparer.Ordinal);

    /// <summary>The bloc a CSV cell names, or null when it names none.</summary>
    public static string? BlocOf(string text) => BlocByKey.GetValueOrDefault(Key(text));

    private static string Key(string text) =>
        new(text.Normalize(NormalizationForm.FormC).ToLowerInvariant().Where(c => !char.IsWhiteSpace(c)).ToArray());

    /// <summary>"khối chính quyền", "khối Đảng, Mặt trận, đoàn thể": the bloc's name inside a sentence.</summary>
    private static string InSentence(string bloc) => Blocs.DisplayName(bloc) is { Length: > 0 } name ? "k" + name[1..] : bloc;

    /// <param name="existing">Units already stored, by code.</param>
    public static IReadOnlyList<UnitEntry> Check(IReadOnlyList<CsvRow> rows, IReadOnlyDictionary<string, StoredUnit> existing, List<ImportProblem> problems)
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
            var bloc = BlocOf(row[Bloc]);
            if (row[Bloc].Length > 0 && bloc is null)
                Add(row, Bloc, $"Khối “{row[Bloc]}” không hợp lệ: ghi “Chính quyền” (hoặc chinh-quyen) hay “Đảng, Mặt trận, đoàn thể” (hoặc dang-doan-the; ô có dấu phẩy phải đặt trong ngoặc kép).");
            if (problems.Count == count)
                entries.Add(new UnitEntry(row.Line, code, name, Empty(row[Parent]), bloc, Empty(row[Supervisor])));
        }
        var known = existing.Keys.Concat(entries.Select(e => e.Code)).ToHashSet(StringComparer.Ordinal);
        var blocs = existing.ToDictionary(p => p.Key, p => p.Value.Bloc, StringComparer.Ordinal);
        foreach (var entry in entries) blocs[entry.Code] = entry.Bloc;
        foreach (var entry in entries)
        {
            CheckReference(entry, entry.ParentCode, Parent, "Đơn vị cha", known, problems);
            if (CheckReference(entry, entry.SupervisorCode, Supervisor, "Đơn vị giám sát", known, problems)
                && entry.Bloc is { } own && blocs.GetValueOrDefault(entry.SupervisorCode!) is { } theirs && theirs != own)
                problems.Add(new ImportProblem(File, entry.Line, Supervisor,
                    $"Đơn vị giám sát “{entry.SupervisorCode}” thuộc {InSentence(theirs)}, còn đơn vị này thuộc {InSentence(own)}."));
        }
        CheckCycles(entries, existing.ToDictionary(p => p.Key, p => p.Value.ParentCode, StringComparer.Ordinal), problems);
        return entries;

        void Add(CsvRow row, string column, string message) => problems.Add(new ImportProblem(File, row.Line, column, message));
    }

    /// <summary>True when <paramref name="code"/> names another known unit.</summary>
    private static bool CheckReference(UnitEntry entry, string? code, string column, string what, HashSet<string> known, List<ImportProblem> problems)
    {
        if (code is null) return false;
        if (code == entry.Code) problems.Add(new ImportProblem(File, entry.Line, column, $"{what} không thể là chính đơn vị này."));
        else if (!known.Contains(code)) problems.Add(new ImportProblem(File, entry.Line, column, $"{what} “{code}” không có trong tệp cũng như trong hệ thống."));
        else return true;
        return false;
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
