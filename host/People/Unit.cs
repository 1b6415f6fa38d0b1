namespace CongVu.Host.People;

/// <summary>An agency or office (cơ quan, đơn vị): a department, a district, a ward, or a division inside one of them.</summary>
public sealed class Unit
{
    public string Id { get; set; } = Guid.CreateVersion7().ToString();

    /// <summary>Short stable code, unique, e.g. "VP-UBND".</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>The unit this one belongs to in the organisation tree; null at the top.</summary>
    public string? ParentUnitId { get; set; }

    /// <summary>The head (thủ trưởng) who approves for the unit; a plain id, so units and users can be created in either order.</summary>
    public string? HeadUserId { get; set; }

    /// <summary>One of <see cref="Blocs"/>; decides which supervisor the unit reports to.</summary>
    public string? Bloc { get; set; }

    /// <summary>The unit that receives and consolidates this unit's plans and reports (Sở Nội vụ, Ban Tổ chức Thành ủy).</summary>
    public string? SupervisorUnitId { get; set; }
}

/// <summary>The blocs of the political system; a unit's bloc decides its supervisor.</summary>
public static class Blocs
{
    /// <summary>Khối chính quyền: government units, supervised by the Sở Nội vụ.</summary>
    public const string Government = "Government";

    /// <summary>Khối Đảng, Mặt trận, đoàn thể: Party, Front and union units, supervised by the Ban Tổ chức Thành ủy.</summary>
    public const string Party = "Party";

    public static string DisplayName(string? bloc) => bloc switch
    {
        Government => "Khối chính quyền",
        Party => "Khối Đảng, Mặt trận, đoàn thể",
        _ => "",
    };
}
