namespace CongVu.Host.Documents.Persistence;

/// <summary>A generated document (văn bản): its rendered HTML and DOCX, the model it came from and, once issued, its number.</summary>
public sealed class DocumentRecord
{
    public string Id { get; set; } = Guid.CreateVersion7().ToString("N");

    /// <summary>Same key, same document: a later run updates it and keeps its number. Null for one-off documents.</summary>
    public string? Key { get; set; }

    public string TemplateName { get; set; } = "";

    /// <summary>The issuing unit (people's Units.Id).</summary>
    public string UnitId { get; set; } = "";

    /// <summary>The local year of the document's date; numbers restart every year.</summary>
    public int Year { get; set; }

    /// <summary>The register's document-type symbol (KH, BC, DS, TB), or the template's for a draft.</summary>
    public string? Symbol { get; set; }

    /// <summary>The number in the unit's register for <see cref="Year"/> and <see cref="Symbol"/>; null for a draft.</summary>
    public int? Number { get; set; }

    /// <summary>"12/KH-SNV" as printed after "Số:"; a draft leaves the number blank.</summary>
    public string NumberText { get; set; } = "";

    public string Title { get; set; } = "";

    /// <summary>The checked XHTML fragment (one article).</summary>
    public string Html { get; set; } = "";

    public byte[] Docx { get; set; } = [];

    public string ModelJson { get; set; } = "{}";

    public string? InstanceId { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>When the number was given (the date printed on the document from then on).</summary>
    public DateTime? IssuedAt { get; set; }
}

/// <summary>The next number of a unit's register (sổ văn bản) for one year and document type.</summary>
public sealed class DocumentNumber
{
    public string UnitId { get; set; } = "";
    public int Year { get; set; }
    public string Symbol { get; set; } = "";
    public int Next { get; set; }
}

/// <summary>One saved version of a template edited in the browser; the newest per name is in use.</summary>
public sealed class TemplateVersion
{
    public long Id { get; set; }
    public string Name { get; set; } = "";

    /// <summary>"document" or "email".</summary>
    public string Kind { get; set; } = "";
    public string Text { get; set; } = "";
    public string? SavedBy { get; set; }
    public DateTime SavedAt { get; set; }
}
