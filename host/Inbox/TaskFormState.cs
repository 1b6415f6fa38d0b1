using CongVu.Host.Files;

namespace CongVu.Host.Inbox;

/// <summary>
/// What the person sent, to show again after a refusal: values by field, files already stored, the comment, and the
/// messages by field name ("" for the form as a whole). <see cref="Form"/> says which form on the page they belong to.
/// </summary>
internal sealed record TaskFormState(
    string Form,
    IReadOnlyDictionary<string, string> Values,
    IReadOnlyDictionary<string, StoredFile> Files,
    string? Comment,
    string IdempotencyKey,
    IReadOnlyDictionary<string, string> Errors)
{
    public const string Complete = "complete", Claim = "claim", Release = "release", Reassign = "reassign", Delegate = "delegate";

    private static readonly Dictionary<string, string> None = new(StringComparer.Ordinal);

    /// <summary>A fresh page: nothing entered, a new key so one click completes the task once.</summary>
    public static TaskFormState New() => new(Complete, None, new Dictionary<string, StoredFile>(), null, Guid.NewGuid().ToString("N"), None);

    public string Value(string name) => Values.TryGetValue(name, out var value) ? value : "";

    public string? Error(string form, string field) => Form == form && Errors.TryGetValue(field, out var message) ? message : null;
}
