namespace CongVu.Host.Documents.Pages;

/// <summary>The browser paths of documents and of the template editor.</summary>
public static class DocumentPaths
{
    public const string Templates = "/quan-tri/mau-van-ban";

    public static string Page(string id) => $"/van-ban/{Uri.EscapeDataString(id)}";

    public static string Docx(string id) => Page(id) + ".docx";

    public static string Pdf(string id) => Page(id) + ".pdf";

    public static string Template(string name) => $"{Templates}/{Uri.EscapeDataString(name)}";
}
