using System.Globalization;
using System.Text;
using CongVu.Host.People.Pages;

namespace CongVu.Host.Campaigns.Pages;

/// <summary>
/// A horizontal bar chart as inline SVG: nothing fetched, no script. Drawn on a 320-unit-wide canvas that scales to
/// the page, so its text stays readable on a phone.
/// </summary>
internal static class BarChart
{
    private const int Width = 320, LabelWidth = 96, BarHeight = 22, RowHeight = 34, Top = 8, CountWidth = 40;

    public sealed record Bar(string Label, int Value, string Colour);

    public static string Render(string title, IReadOnlyList<Bar> bars)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var max = Math.Max(1, bars.Max(b => b.Value));
        var height = Top * 2 + bars.Count * RowHeight;
        var track = Width - LabelWidth - CountWidth;
        var summary = string.Join(", ", bars.Select(b => $"{b.Label}: {b.Value}"));
        var svg = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-label=\"{PageLayout.Encode(title + ": " + summary)}\">")
            .Append("<title>").Append(PageLayout.Encode(title)).Append("</title>");
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = Top + i * RowHeight;
            var length = bar.Value == 0 ? 0 : Math.Max(2, (int)Math.Round((double)bar.Value / max * track));
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 16}\" font-size=\"13\" fill=\"#1f2933\">{PageLayout.Encode(bar.Label)}</text>")
                .Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{track}\" height=\"{BarHeight}\" fill=\"#eef0f3\" rx=\"3\"/>")
                .Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{length}\" height=\"{BarHeight}\" fill=\"{bar.Colour}\" rx=\"3\"/>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{Width}\" y=\"{y + 16}\" font-size=\"13\" font-weight=\"700\" text-anchor=\"end\" fill=\"#1f2933\">{bar.Value}</text>");
        }
        return svg.Append("</svg>").ToString();
    }
}
