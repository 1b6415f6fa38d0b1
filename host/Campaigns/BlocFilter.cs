using CongVu.Host.People;

namespace CongVu.Host.Campaigns;

/// <summary>Reads a bloc as workflows and pages write it: Government/Party, or the import's chinh-quyen/dang-doan-the.</summary>
public static class BlocFilter
{
    /// <summary>The bloc's canonical name, null for empty; throws <see cref="FormatException"/> for anything else.</summary>
    public static string? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" => null,
        "government" or "chinh-quyen" => Blocs.Government,
        "party" or "dang-doan-the" => Blocs.Party,
        var other => throw new FormatException($"Bloc '{other}' is not {Blocs.Government} or {Blocs.Party}."),
    };

    /// <summary>Like <see cref="Parse"/>, but an unknown value (a hand-edited link) means no filter.</summary>
    public static string? TryParse(string? text)
    {
        try { return Parse(text); }
        catch (FormatException) { return null; }
    }
}
