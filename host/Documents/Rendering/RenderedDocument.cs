namespace CongVu.Host.Documents.Rendering;

/// <summary>
/// A rendered document: its title, the checked XHTML fragment (one <c>&lt;article class="nd30"&gt;</c>), a whole
/// standalone HTML page showing it as an A4 sheet, and the DOCX file in the Decree 30/2020 layout.
/// </summary>
public sealed record RenderedDocument(string Title, string Html, string Page, byte[] Docx);

/// <summary>
/// The verdict on a template text: refused with the template line (when known) and the reason in Vietnamese, or accepted
/// with what it renders from the sample model (a document, or one part of an e-mail as text).
/// </summary>
public sealed record TemplateCheck(int? Line, string? Reason, RenderedDocument? Document = null, string? Rendered = null)
{
    public bool Succeeded => Reason is null;

    /// <summary>"Dòng 12: …" for people.</summary>
    public string Message => Reason is null ? "" : Line is { } line ? $"Dòng {line}: {Reason}" : Reason;

    public static TemplateCheck Refused(int? line, string reason) => new(line, reason);
}
