namespace CongVu.Host.Documents;

/// <summary>Document settings, bound from the "Documents" section.</summary>
public sealed class DocumentOptions
{
    public const string Section = "Documents";

    /// <summary>The place written before the date ("Cần Thơ, ngày …") unless the model sets <c>document.place</c>.</summary>
    public string Place { get; set; } = "Cần Thơ";

    /// <summary>Document templates (<c>{name}.html.hbs</c>, <c>{name}.sample.json</c>, <c>_partials/*.hbs</c>), relative to the content root.</summary>
    public string TemplatesFolder { get; set; } = "templates/documents";

    /// <summary>The LibreOffice program; empty looks for <c>soffice</c> on PATH.</summary>
    public string? Soffice { get; set; }

    /// <summary>How long one DOCX to PDF conversion may take before it is stopped.</summary>
    public int PdfTimeoutSeconds { get; set; } = 120;
}
