using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace CongVu.Host.Definitions;

/// <summary>How exported definition files are written: indented, Vietnamese left readable.</summary>
internal static class ExportJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };
}
