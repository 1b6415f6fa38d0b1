using CongVu.Host.Descriptors;
using CongVu.Host.Documents.Rendering;

namespace CongVu.Host.Documents;

/// <summary>The document templates, by title, for the designer's dropdown on "Tạo văn bản".</summary>
public sealed class DocumentTemplateOptionsSource(DocumentRenderer renderer) : IInputOptionsSource
{
    public const string SourceName = "document-templates";

    public string Name => SourceName;

    public Task<IReadOnlyList<SelectListItem>> ListAsync(CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<SelectListItem>>(renderer.Names.Select(n => new SelectListItem($"{renderer.Info(n).Title} ({n})", n)).ToList());
}
