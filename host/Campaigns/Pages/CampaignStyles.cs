namespace CongVu.Host.Campaigns.Pages;

/// <summary>Styles of the campaign pages, added to the shared layout's: count tiles, the chart, wide tables that scroll on a phone.</summary>
internal static class CampaignStyles
{
    public const string Block = """
        <style>
        h2{font-size:1.2rem;margin:1.25rem 0 .75rem}
        .card+.card{margin-top:1rem}
        .tiles{display:grid;grid-template-columns:repeat(auto-fit,minmax(7rem,1fr));gap:.5rem;margin:0 0 1rem;padding:0;list-style:none}
        .tiles li{background:#f8fafc;border:1px solid #e4e7eb;border-radius:6px;padding:.6rem .75rem}
        .tiles b{display:block;font-size:1.6rem}
        .tiles span{color:#52606d;font-size:.9rem}
        .chart{display:block;width:100%;max-width:36rem;height:auto;margin:0 0 1rem}
        .filters{display:flex;flex-wrap:wrap;gap:.5rem;margin:0 0 1rem}
        .filters a{display:inline-flex;align-items:center;min-height:40px;padding:0 .9rem;border:1px solid #cbd2d9;border-radius:20px;text-decoration:none;background:#fff}
        .filters a.on{background:#9b1c1c;color:#fff;border-color:#9b1c1c}
        .ontime{color:#166534;font-weight:600}.late{color:#b45309;font-weight:600}.missing{color:#9b1c1c;font-weight:600}
        .num{text-align:right;white-space:nowrap}
        .muted{color:#52606d}
        .flash{background:#e3f9e5;color:#0e5a1e;padding:.75rem 1rem;border-radius:4px;margin:0 0 1rem}
        select{width:100%;box-sizing:border-box;padding:.6rem;border:1px solid #9aa5b1;border-radius:4px;font-size:1rem;font-family:inherit;background:#fff}
        .row{display:grid;grid-template-columns:repeat(auto-fit,minmax(10rem,1fr));gap:0 1rem}
        </style>
        """;
}
