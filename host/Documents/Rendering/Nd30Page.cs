using CongVu.Host.People.Pages;

namespace CongVu.Host.Documents.Rendering;

/// <summary>
/// How a document looks in a browser: Times New Roman on an A4 sheet with the decree's margins, the two-column header,
/// the recipients and signature blocks. Only inline CSS, so pages fetch nothing from elsewhere.
/// </summary>
public static class Nd30Page
{
    public const string Css = """
        .nd30-sheet{background:#fff;color:#000;width:210mm;max-width:100%;min-height:297mm;box-sizing:border-box;padding:20mm 15mm 20mm 30mm;margin:1rem auto;box-shadow:0 1px 4px rgba(0,0,0,.3);overflow-x:auto}
        .nd30{font-family:"Times New Roman",Times,"Liberation Serif",serif;font-size:14pt;line-height:1.25;color:#000}
        .nd30 p,.nd30 h1,.nd30 h2,.nd30 h3{margin:6pt 0 0;font-size:14pt;text-align:justify}
        .nd30 h1{text-align:center}
        .nd30 table{width:100%;border-collapse:collapse;margin:6pt 0 0;background:transparent}
        .nd30 td,.nd30 th{vertical-align:top;padding:0 4pt;border:0;text-align:left}
        .nd30 ul,.nd30 ol{margin:0;padding:0}.nd30 ul{list-style:none}.nd30 ol{list-style-position:inside}
        .nd30 ul>li::before{content:"- "}
        .nd30 li{margin:6pt 0 0;text-align:justify}
        .nd30 .body p,.nd30 .body h2,.nd30 .body h3,.nd30 .body li,.nd30 .indent{text-indent:1cm}
        .nd30 .nd30-header{margin:0}
        .nd30 .nd30-header td{text-align:center;width:40%}.nd30 .nd30-header td+td{width:60%}
        .nd30 .nd30-header p{margin:0;text-align:center;text-indent:0;font-size:13pt}
        .nd30 .issuer-parent{text-transform:uppercase}
        .nd30 .issuer,.nd30 .nation{font-weight:bold;text-transform:uppercase}
        .nd30 .nd30-header .motto{font-weight:bold;text-decoration:underline;font-size:14pt}
        .nd30 .number{font-size:13pt}
        .nd30 .place-date{font-style:italic;text-align:right}
        .nd30 .nd30-header .place-date{text-align:center;font-size:14pt;margin-top:6pt}
        .nd30 .doc-type{font-weight:bold;text-align:center;text-transform:uppercase;margin-top:18pt;text-indent:0}
        .nd30 .summary{font-weight:bold;text-align:center;margin-top:0;text-indent:0}
        .nd30 h2,.nd30 h3{font-weight:bold}
        .nd30 table.data{margin:6pt 0}
        .nd30 table.data td,.nd30 table.data th{border:1px solid #000;padding:2pt 4pt;font-size:13pt}
        .nd30 table.data th{text-align:center;font-weight:bold}
        .nd30 table.data p{margin:0;text-indent:0;font-size:13pt}
        .nd30 .recipients{width:45%}
        .nd30 .recipients p,.nd30 .recipients li{font-size:11pt;text-align:left;text-indent:0;margin:0}
        .nd30 .recipients>p:first-child{font-size:12pt;font-weight:bold;font-style:italic}
        .nd30 .signature,.nd30 .signature p{text-align:center;text-indent:0}
        .nd30 .signature p{margin:0}
        .nd30 .sign-authority,.nd30 .sign-title{font-weight:bold;text-transform:uppercase}
        .nd30 .signature p.sign-name,.nd30 .sign-name{font-weight:bold;margin-top:60pt}
        .nd30 .center,.nd30 p.center,.nd30 td.center{text-align:center}
        .nd30 .right,.nd30 p.right,.nd30 td.right{text-align:right}
        @media print{.nd30-sheet{box-shadow:none;margin:0;padding:0;width:auto;min-height:0}}
        """;

    /// <summary>The fragment with its style in front, for places that show it as it is (the task page's frame).</summary>
    public static string Styled(string html) => $"<style>{Css}</style>{html}";

    /// <summary>The fragment on an A4 sheet, without a page around it.</summary>
    public static string Sheet(string html) => $"<style>{Css}</style><div class=\"nd30-sheet\">{html}</div>";

    /// <summary>A whole standalone page with the document on an A4 sheet.</summary>
    public static string Page(string title, string html) => $"""
        <!DOCTYPE html>
        <html lang="vi">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{PageLayout.Encode(title)}</title>
        <style>body{"{"}margin:0;background:#e5e7eb{"}"}{Css}</style>
        </head>
        <body>
        <div class="nd30-sheet">{html}</div>
        </body>
        </html>
        """;
}
