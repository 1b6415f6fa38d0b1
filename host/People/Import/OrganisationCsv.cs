using System.Globalization;
using System.Text;
using CongVu.Host.People.Demo;

namespace CongVu.Host.People.Import;

/// <summary>A generated units file and staff file, in the import format, with their row counts.</summary>
public sealed record OrganisationCsvFiles(string Units, string Staff, int UnitCount, int StaffCount)
{
    /// <summary>Writes <c>don-vi.csv</c> and <c>can-bo.csv</c> (UTF-8 with a byte order mark, as Excel expects) and returns their paths.</summary>
    public (string Units, string Staff) WriteTo(string folder)
    {
        Directory.CreateDirectory(folder);
        var (units, staff) = (Path.Combine(folder, "don-vi.csv"), Path.Combine(folder, "can-bo.csv"));
        File.WriteAllText(units, Units, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        File.WriteAllText(staff, Staff, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        return (units, staff);
    }
}

/// <summary>
/// Writes a realistic organisation of any size as the two import files, the same on every run: a city shaped like Cần Thơ with
/// its departments, Party boards, Front and unions, nine districts with their divisions, and then wards with their Party
/// committee, Front, schools and health station, until <c>units</c> is reached. Every unit but the two roots has staff: a head,
/// a reviewer, then staff; the staff of the Sở Nội vụ and the Ban Tổ chức Thành ủy are supervisors.
/// </summary>
public static class OrganisationCsv
{
    /// <param name="units">How many units (at least 4: the two roots and the two supervising units come first).</param>
    /// <param name="staffPerUnit">Staff per unit on average; the file has exactly <c>units × staffPerUnit</c> people.</param>
    /// <param name="mailDomain">Addresses are <c>user.name@mailDomain</c>; the default is a reserved name that reaches no one.</param>
    public static OrganisationCsvFiles Generate(int units, int staffPerUnit, string mailDomain = "congvu.example")
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(units, 4);
        ArgumentOutOfRangeException.ThrowIfLessThan(staffPerUnit, 1);
        var list = OrganisationPlan.Units().Take(units).ToList();
        var supervisors = list.Select(u => u.Supervisor).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var staffed = list.Where(u => u.Kind is not null).ToList();
        var total = (long)units * staffPerUnit;

        var unitsCsv = new StringBuilder("ma_don_vi,ten_don_vi,ma_don_vi_cha,khoi,ma_don_vi_giam_sat\r\n");
        foreach (var unit in list)
            Row(unitsCsv, unit.Code, unit.Name, unit.Parent, unit.Bloc == Blocs.Government ? "Chính quyền" : "Đảng, Mặt trận, đoàn thể", unit.Supervisor);

        var staffCsv = new StringBuilder("ten_dang_nhap,ho_ten,email,ma_don_vi,chuc_vu,vai_tro\r\n");
        var person = 0;
        for (var number = 0; number < staffed.Count; number++)
        {
            var unit = staffed[number];
            var kind = unit.Kind!;
            var count = (int)(total / staffed.Count + (number < total % staffed.Count ? 1 : 0));
            var supervisor = supervisors.Contains(unit.Code) ? ";Supervisor" : "";
            var width = Math.Max(2, (count - 2).ToString(CultureInfo.InvariantCulture).Length);
            for (var i = 0; i < count; i++)
            {
                var (place, position, roles) = i switch
                {
                    0 => ("thutruong", kind.HeadTitle, "UnitHead" + supervisor),
                    1 => ("quanly", kind.DeputyTitle, "Staff;Reviewer" + supervisor),
                    _ => ("canbo" + (i - 1).ToString(CultureInfo.InvariantCulture).PadLeft(width, '0'), kind.PositionOf(number, i), "Staff" + supervisor),
                };
                var userName = DemoOrganisation.UserName(unit.Code, place);
                Row(staffCsv, userName, VietnameseNames.Of(seed: 60_000, person++), $"{userName}@{mailDomain}", unit.Code, position, roles);
            }
        }
        return new(unitsCsv.ToString(), staffCsv.ToString(), list.Count, person);
    }

    private static void Row(StringBuilder csv, params string?[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0) csv.Append(',');
            var field = fields[i] ?? "";
            if (field.AsSpan().IndexOfAny(",\"\r\n") < 0) csv.Append(field);
            else csv.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }
        csv.Append("\r\n");
    }
}
