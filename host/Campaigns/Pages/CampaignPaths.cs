namespace CongVu.Host.Campaigns.Pages;

/// <summary>The browser paths of the campaign pages.</summary>
public static class CampaignPaths
{
    public const string Admin = "/quan-tri/chien-dich";
    public const string Dashboard = "/giam-sat";

    /// <summary>Query parameter of the bloc filter (Government or Party).</summary>
    public const string BlocParam = "khoi";

    public static string Campaign(string campaignId, string? bloc = null) =>
        $"{Dashboard}/{Uri.EscapeDataString(campaignId)}" + (bloc is null ? "" : $"?{BlocParam}={Uri.EscapeDataString(bloc)}");

    public static string Csv(string campaignId, string? bloc = null) =>
        $"{Dashboard}/{Uri.EscapeDataString(campaignId)}.csv" + (bloc is null ? "" : $"?{BlocParam}={Uri.EscapeDataString(bloc)}");
}
