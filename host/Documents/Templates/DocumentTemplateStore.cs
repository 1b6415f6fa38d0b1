using System.Text.Json.Nodes;
using CongVu.Engine.Expressions;
using CongVu.Host.Documents.Persistence;
using CongVu.Host.Documents.Rendering;
using CongVu.Host.Email;
using HandlebarsDotNet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CongVu.Host.Documents.Templates;

/// <summary>An editable template: a document template, or one file of an e-mail template (its subject, HTML or text part).</summary>
public sealed record TemplateEntry(string Name, string Kind, string Title);

/// <summary>One saved version of an edited template.</summary>
public sealed record TemplateVersionInfo(long Id, string? SavedBy, DateTime SavedAt, int Length);

/// <summary>
/// The templates administrators may edit in the browser: document templates under <c>templates/documents</c> and the
/// files of the e-mail templates under <c>templates/email</c>. The files are the defaults; a saved version goes to the
/// database (history kept) and is used from then on. A text that does not compile, does not render its sample model
/// or (for documents) does not make valid XHTML and DOCX is refused with the line and the reason, and the old one stays.
/// </summary>
public sealed class DocumentTemplateStore(DocumentRenderer documents, EmailTemplates emails, IOptions<EmailOptions> emailOptions,
    TemplateOverrides overrides, IDbContextFactory<DocumentsDbContext> factory)
{
    private static readonly (string Suffix, string Part)[] EmailParts = [("subject.hbs", "tiêu đề"), ("html.hbs", "nội dung HTML"), ("txt.hbs", "nội dung văn bản thuần")];

    /// <summary>Document templates first, then e-mail files, each sorted by name.</summary>
    public IReadOnlyList<TemplateEntry> List()
    {
        var list = documents.Names.Select(n => new TemplateEntry(n, ITemplateOverrides.Document, documents.Info(n).Title)).ToList();
        foreach (var name in emails.Names)
            foreach (var (suffix, part) in EmailParts.Where(p => File.Exists(EmailFile($"{name}.{p.Suffix}"))))
                list.Add(new TemplateEntry($"{name}.{suffix}", ITemplateOverrides.Email, $"Thư {name}: {part}"));
        return list;
    }

    public TemplateEntry? Find(string name) => List().FirstOrDefault(t => t.Name == name);

    /// <summary>The text in use: the newest saved version, else the file.</summary>
    public string Text(TemplateEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Kind == ITemplateOverrides.Document ? documents.Text(entry.Name) : overrides.Find(entry.Kind, entry.Name) ?? File.ReadAllText(EmailFile(entry.Name));
    }

    /// <summary>Compiles <paramref name="text"/> and renders it against the template's sample model, as saving would.</summary>
    public TemplateCheck Check(TemplateEntry entry, string text)
    {
        ArgumentNullException.ThrowIfNull(entry);
        text = Normalise(text);
        if (entry.Kind == ITemplateOverrides.Document) return documents.Check(entry.Name, text);
        var dot = entry.Name.IndexOf('.', StringComparison.Ordinal);
        var sample = entry.Name[..dot] + ".sample.json";
        var model = File.Exists(EmailFile(sample)) ? ValueConverter.ToClr(JsonNode.Parse(File.ReadAllText(EmailFile(sample)))) : null;
        try
        {
            return new TemplateCheck(null, null, Rendered: emails.RenderText(entry.Name[(dot + 1)..], text, model));
        }
        catch (HandlebarsException e)
        {
            return TemplateErrors.Describe(e, text);
        }
    }

    /// <summary>Saves a new version when it passes <see cref="Check"/>; otherwise nothing changes and the refusal is returned.</summary>
    public async Task<TemplateCheck> SaveAsync(TemplateEntry entry, string text, string? savedBy, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(entry);
        text = Normalise(text);
        var check = Check(entry, text);
        if (!check.Succeeded || text == Text(entry)) return check;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            db.TemplateVersions.Add(new TemplateVersion { Name = entry.Name, Kind = entry.Kind, Text = text, SavedBy = savedBy, SavedAt = now });
            await db.SaveChangesAsync(ct);
        }
        overrides.Refresh();
        return check;
    }

    /// <summary>The saved versions, newest first.</summary>
    public async Task<IReadOnlyList<TemplateVersionInfo>> HistoryAsync(TemplateEntry entry, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.TemplateVersions.AsNoTracking().Where(v => v.Kind == entry.Kind && v.Name == entry.Name).OrderByDescending(v => v.Id)
            .Select(v => new TemplateVersionInfo(v.Id, v.SavedBy, v.SavedAt, v.Text.Length)).ToListAsync(ct);
    }

    /// <summary>The newest saved version of every edited template, by kind and name.</summary>
    public async Task<IReadOnlyDictionary<(string Kind, string Name), TemplateVersionInfo>> LatestAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var newest = db.TemplateVersions.GroupBy(v => new { v.Kind, v.Name }).Select(g => g.Max(v => v.Id));
        var rows = await db.TemplateVersions.AsNoTracking().Where(v => newest.Contains(v.Id))
            .Select(v => new { v.Kind, v.Name, Info = new TemplateVersionInfo(v.Id, v.SavedBy, v.SavedAt, v.Text.Length) }).ToListAsync(ct);
        return rows.ToDictionary(r => (r.Kind, r.Name), r => r.Info);
    }

    // A browser's textarea posts CRLF line ends; the files use LF.
    private static string Normalise(string text) => text.ReplaceLineEndings("\n");

    private string EmailFile(string fileName) => Path.Combine(emailOptions.Value.TemplatesFolder, fileName);
}
