namespace CongVu.Host.People.Demo;

/// <summary>
/// Realistic Vietnamese full names (family, middle, given; NFC, full diacritics) drawn deterministically from a seed, so the
/// demo organisation and generated CSV files are the same on every run. Family names follow their rough frequency in the south.
/// </summary>
internal static class VietnameseNames
{
    private static readonly string[] Families = Weighted(
        ("Nguyễn", 31), ("Trần", 11), ("Lê", 9), ("Phạm", 6), ("Huỳnh", 5), ("Võ", 4), ("Phan", 4), ("Trương", 2), ("Hoàng", 2),
        ("Đặng", 2), ("Bùi", 2), ("Đỗ", 2), ("Hồ", 2), ("Ngô", 2), ("Dương", 1), ("Lý", 1), ("Lâm", 1), ("Châu", 1), ("Đinh", 1),
        ("Vũ", 1), ("Đoàn", 1), ("Mai", 1), ("Lương", 1), ("Cao", 1), ("Thái", 1), ("Quách", 1), ("Tạ", 1), ("Kiều", 1));

    private static readonly string[] MaleMiddles = Weighted(
        ("Văn", 12), ("Minh", 4), ("Hữu", 3), ("Quốc", 3), ("Thanh", 3), ("Hoàng", 2), ("Đức", 2), ("Công", 2), ("Tấn", 2), ("Trọng", 1),
        ("Thành", 1), ("Ngọc", 1), ("Chí", 1), ("Phước", 1));

    private static readonly string[] FemaleMiddles = Weighted(
        ("Thị", 12), ("Ngọc", 4), ("Thanh", 3), ("Thu", 2), ("Kim", 2), ("Bích", 1), ("Mỹ", 2), ("Thùy", 2), ("Hồng", 2), ("Phương", 1),
        ("Diệu", 1), ("Hoài", 1), ("Tuyết", 1));

    private static readonly string[] MaleGivens =
    [
        "An", "Bảo", "Bình", "Cường", "Dũng", "Duy", "Đạt", "Định", "Hải", "Hậu", "Hiếu", "Hòa", "Hùng", "Huy", "Khang", "Khải", "Khoa",
        "Kiên", "Lâm", "Long", "Lộc", "Luân", "Minh", "Nam", "Nghĩa", "Nhân", "Phát", "Phong", "Phúc", "Quang", "Quân", "Sang", "Sơn",
        "Tài", "Tâm", "Thắng", "Thành", "Thiện", "Thịnh", "Toàn", "Trí", "Trung", "Tuấn", "Tùng", "Việt", "Vinh", "Vũ", "Xuyên",
    ];

    private static readonly string[] FemaleGivens =
    [
        "Anh", "Ánh", "Châu", "Diễm", "Dung", "Duyên", "Giang", "Hà", "Hạnh", "Hằng", "Hiền", "Hoa", "Hương", "Huyền", "Lan", "Liên",
        "Linh", "Loan", "Mai", "My", "Nga", "Ngân", "Ngọc", "Nhi", "Nhung", "Oanh", "Phượng", "Quyên", "Tâm", "Thảo", "Thơ", "Thủy",
        "Trang", "Trinh", "Tuyết", "Uyên", "Vân", "Xuân", "Yến",
    ];

    /// <summary>The name of person number <paramref name="index"/> in the series <paramref name="seed"/>; same inputs, same name.</summary>
    public static string Of(int seed, int index)
    {
        // A seeded System.Random gives the same sequence on every run (HashCode would not: it is randomised per process).
        var random = new Random(unchecked(seed * 1_000_003 + index));
        var female = random.Next(2) == 0;
        var (middles, givens) = female ? (FemaleMiddles, FemaleGivens) : (MaleMiddles, MaleGivens);
        var family = Families[random.Next(Families.Length)];
        var middle = middles[random.Next(middles.Length)];
        var given = random.Next(givens.Length);
        // "Thanh Thanh" or "Ngọc Ngọc" read as a mistake; take the next given name instead.
        if (givens[given] == middle) given = (given + 1) % givens.Length;
        return $"{family} {middle} {givens[given]}";
    }

    private static string[] Weighted(params (string Name, int Weight)[] names) =>
        names.SelectMany(n => Enumerable.Repeat(n.Name, n.Weight)).ToArray();
}
