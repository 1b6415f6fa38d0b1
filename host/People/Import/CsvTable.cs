using System.Text;

namespace CongVu.Host.People.Import;

/// <summary>Something wrong in an import file: which file, line and column, and why (Vietnamese).</summary>
public sealed record ImportProblem(string File, int Line, string? Column, string Message)
{
    /// <summary>One line of text, e.g. "Tệp đơn vị, dòng 3, cột khoi: …", for logs and scripts.</summary>
    public string Describe() =>
        string.Join(", ", new[] { File, Line > 0 ? $"dòng {Line}" : null, Column is null ? null : $"cột {Column}" }.Where(p => !string.IsNullOrEmpty(p))) + ": " + Message;
}

/// <summary>A data row of a CSV file, its values by column name.</summary>
public sealed record CsvRow(int Line, IReadOnlyDictionary<string, string> Values)
{
    public string this[string column] => Values.TryGetValue(column, out var value) ? value : "";
}

/// <summary>Reads an uploaded CSV (UTF-8, header row) into rows by column name, checking the header against the expected columns.</summary>
public static class CsvTable
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async Task<IReadOnlyList<CsvRow>> ReadAsync(IFormFile file, string fileLabel, IReadOnlyList<string> columns, List<ImportProblem> problems, CancellationToken ct)
    {
        string text;
        try
        {
            using var reader = new StreamReader(file.OpenReadStream(), StrictUtf8, detectEncodingFromByteOrderMarks: false);
            text = await reader.ReadToEndAsync(ct);
        }
        catch (DecoderFallbackException)
        {
            problems.Add(new ImportProblem(fileLabel, 0, null, "Tệp không phải văn bản UTF-8. Hãy lưu lại tệp với mã hóa UTF-8 (CSV UTF-8)."));
            return [];
        }
        return Read(text, fileLabel, columns, problems);
    }

    public static IReadOnlyList<CsvRow> Read(string text, string fileLabel, IReadOnlyList<string> columns, List<ImportProblem> problems)
    {
        var (records, error) = CsvText.Parse(text);
        if (error is { } e)
        {
            problems.Add(new ImportProblem(fileLabel, e.Line, null, e.Message));
            return [];
        }
        if (records.Count == 0)
        {
            problems.Add(new ImportProblem(fileLabel, 1, null, "Tệp trống: cần dòng tiêu đề và ít nhất một dòng dữ liệu."));
            return [];
        }
        var header = records[0].Fields.Select(h => h.Trim().ToLowerInvariant()).ToList();
        var before = problems.Count;
        foreach (var missing in columns.Where(c => !header.Contains(c)))
            problems.Add(new ImportProblem(fileLabel, 1, missing, $"Thiếu cột “{missing}” trong dòng tiêu đề."));
        foreach (var extra in header.Where(h => !columns.Contains(h)).Distinct())
            problems.Add(new ImportProblem(fileLabel, 1, extra, $"Cột “{extra}” không thuộc mẫu. Các cột: {string.Join(", ", columns)}."));
        foreach (var twice in header.GroupBy(h => h).Where(g => g.Count() > 1))
            problems.Add(new ImportProblem(fileLabel, 1, twice.Key, $"Cột “{twice.Key}” xuất hiện hai lần."));
        if (problems.Count > before) return [];

        var rows = new List<CsvRow>();
        foreach (var record in records.Skip(1))
        {
            if (record.Fields.Count != header.Count)
            {
                problems.Add(new ImportProblem(fileLabel, record.Line, null, $"Dòng có {record.Fields.Count} cột, dòng tiêu đề có {header.Count} cột."));
                continue;
            }
            rows.Add(new CsvRow(record.Line, header.Zip(record.Fields).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal)));
        }
        if (rows.Count == 0 && problems.Count == before) problems.Add(new ImportProblem(fileLabel, 2, null, "Tệp không có dòng dữ liệu nào."));
        return rows;
    }
}
