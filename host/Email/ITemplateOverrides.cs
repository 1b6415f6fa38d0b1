namespace CongVu.Host.Email;

/// <summary>Template texts edited in the browser, which replace the files under <c>templates/</c> (the files stay the defaults).</summary>
public interface ITemplateOverrides
{
    /// <summary>The kind of an e-mail template file; names are file names without the folder, e.g. "task-assigned.subject.hbs".</summary>
    public const string Email = "email";

    /// <summary>The kind of a document template; names are template names, e.g. "ke-hoach-don-vi".</summary>
    public const string Document = "document";

    /// <summary>Changes whenever an edited text is saved, so compiled templates can be dropped.</summary>
    long Version { get; }

    /// <summary>The latest edited text, or null when the file is in use.</summary>
    string? Find(string kind, string name);
}
