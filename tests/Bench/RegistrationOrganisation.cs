extern alias host;
using System.Text;
using host::CongVu.Host.People.Import;

namespace CongVu.Bench;

/// <summary>
/// R1's organisation: the two import files from the host's own generator (<see cref="OrganisationCsv"/>: a city shaped like
/// Cần Thơ, both blocs, the Sở Nội vụ and the Ban Tổ chức Thành ủy as supervisors, then wards and their units), read back
/// to know who should get a registration task: everyone in a unit that has staff and supervises no unit.
/// </summary>
internal sealed class RegistrationOrganisation
{
    /// <summary>The import page refuses a request over 64 MB; a bigger staff file would be sent in parts, each with the header.</summary>
    private const int MaxPartBytes = 32 * 1024 * 1024;

    private RegistrationOrganisation(string unitsCsv, IReadOnlyList<string> staffCsvParts, int unitsImported, int people, IReadOnlyList<UnitStaff> unitStaff)
    {
        UnitsImported = unitsImported;
        UnitsCsv = unitsCsv;
        StaffCsvParts = staffCsvParts;
        People = people;
        UnitStaff = unitStaff;
    }

    public string UnitsCsv { get; }
    public IReadOnlyList<string> StaffCsvParts { get; }

    /// <summary>Every unit imported: roots, supervisors, campaign units and their divisions.</summary>
    public int UnitsImported { get; }

    /// <summary>Everyone imported, the supervisor units' staff included.</summary>
    public int People { get; }

    /// <summary>The units a registration campaign covers (staffed, supervising nobody) with their staff's user names.</summary>
    public IReadOnlyList<UnitStaff> UnitStaff { get; }

    public int Units => UnitStaff.Count;

    /// <summary>One registration task each.</summary>
    public int Staff => UnitStaff.Sum(u => u.UserNames.Count);

    /// <param name="units">Campaign units wanted; the generator adds the two roots and the two supervisor units.</param>
    /// <param name="staffPerUnit">People per staffed unit, on average.</param>
    public static RegistrationOrganisation Create(int units, int staffPerUnit)
    {
        var files = OrganisationCsv.Generate(units + 4, staffPerUnit, "bench.congvu.example");
        // ma_don_vi, ten_don_vi, ma_don_vi_cha, khoi, ma_don_vi_giam_sat
        var unitRows = Csv.Read(files.Units).Skip(1).ToList();
        var supervisors = unitRows.Select(r => r[4]).Where(c => c.Length > 0).ToHashSet(StringComparer.Ordinal);
        // ten_dang_nhap, ho_ten, email, ma_don_vi, chuc_vu, vai_tro
        var staffOf = Csv.Read(files.Staff).Skip(1).ToLookup(r => r[3], r => r[0], StringComparer.Ordinal);
        var children = unitRows.Where(r => r[2].Length > 0).ToLookup(r => r[2], StringComparer.Ordinal);

        // As the product defines a campaign's units (host/Campaigns/Organisation.cs): a unit that has a supervisor and supervises
        // nobody, with the staff of its divisions (sub-units without a supervisor of their own).
        var unitStaff = new List<UnitStaff>();
        foreach (var unit in unitRows.Where(r => r[4].Length > 0 && !supervisors.Contains(r[0])).OrderBy(r => r[0], StringComparer.Ordinal))
        {
            var names = new List<string>();
            var pending = new Stack<string[]>([unit]);
            while (pending.TryPop(out var next))
            {
                names.AddRange(staffOf[next[0]]);
                foreach (var child in children[next[0]].Where(c => c[4].Length == 0 && !supervisors.Contains(c[0]))) pending.Push(child);
            }
            if (names.Count > 0) unitStaff.Add(new UnitStaff(unit[0], names));
        }
        return new RegistrationOrganisation(files.Units, Split(files.Staff), unitRows.Count, files.StaffCount, unitStaff);
    }

    /// <summary>Cuts the staff file at line ends into parts under <see cref="MaxPartBytes"/>, the header repeated in each.</summary>
    private static List<string> Split(string staffCsv)
    {
        var bytes = Encoding.UTF8.GetByteCount(staffCsv);
        if (bytes <= MaxPartBytes) return [staffCsv];
        var lines = staffCsv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var parts = (bytes + MaxPartBytes - 1) / MaxPartBytes;
        var perPart = (lines.Length - 1 + parts - 1) / parts;
        return Enumerable.Range(0, parts)
            .Select(p => lines[0] + "\r\n" + string.Join("\r\n", lines.Skip(1 + p * perPart).Take(perPart)) + "\r\n")
            .ToList();
    }

    /// <summary>Just enough RFC 4180 to read the generated files back (quoted fields with commas and doubled quotes).</summary>
    private static class Csv
    {
        public static List<string[]> Read(string text)
        {
            var rows = new List<string[]>();
            var fields = new List<string>();
            var field = new StringBuilder();
            var quoted = false;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (quoted)
                {
                    if (c != '"') field.Append(c);
                    else if (i + 1 < text.Length && text[i + 1] == '"') field.Append(text[++i]);
                    else quoted = false;
                }
                else if (c == '"') quoted = true;
                else if (c == ',') End();
                else if (c == '\n')
                {
                    End();
                    rows.Add([.. fields]);
                    fields.Clear();
                }
                else if (c != '\r') field.Append(c);
            }
            if (field.Length > 0 || fields.Count > 0)
            {
                End();
                rows.Add([.. fields]);
            }
            return rows;

            void End()
            {
                fields.Add(field.ToString());
                field.Clear();
            }
        }
    }
}

/// <summary>A unit the campaign covers and the user names of its staff.</summary>
internal sealed record UnitStaff(string Code, IReadOnlyList<string> UserNames);
