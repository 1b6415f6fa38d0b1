using CongVu.Host.Files;
using Microsoft.Extensions.Options;

namespace CongVu.Host.Complaints;

/// <summary>
/// Checks a citizen's files before anything is stored: how many, each one's size and type by extension (the rules of
/// <see cref="FileRules"/>), and that its first bytes are really a PDF, JPEG, PNG or DOCX — a renamed program is refused.
/// </summary>
public sealed class ComplaintUploads(IOptions<ComplaintOptions> options)
{
    private static readonly Dictionary<string, byte[][]> Signatures = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = [[0x25, 0x50, 0x44, 0x46]],
        [".png"] = [[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]],
        [".jpg"] = [[0xFF, 0xD8, 0xFF]],
        [".jpeg"] = [[0xFF, 0xD8, 0xFF]],
        [".docx"] = [[0x50, 0x4B, 0x03, 0x04]],
    };

    public string Hint
    {
        get
        {
            var o = options.Value;
            return $"Tối đa {o.MaxFiles} tệp, mỗi tệp không quá {FileRules.Size(o.MaxFileBytes)}; định dạng: "
                + string.Join(", ", o.AllowedExtensions.Select(e => e.TrimStart('.'))) + ".";
        }
    }

    public string Accept => string.Join(",", options.Value.AllowedExtensions);

    /// <summary>The files chosen (empty inputs ignored), or the first problem, in Vietnamese.</summary>
    public async Task<(IReadOnlyList<IFormFile> Files, string? Problem)> CheckAsync(IFormFileCollection posted, string field, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(posted);
        var o = options.Value;
        var files = posted.GetFiles(field).Where(f => f.Length > 0 || f.FileName.Length > 0).ToList();
        if (files.Count > o.MaxFiles) return ([], $"Chỉ được gửi tối đa {o.MaxFiles} tệp đính kèm (đã chọn {files.Count} tệp).");
        foreach (var file in files)
        {
            var name = FileRules.CleanName(file.FileName);
            if (FileRules.Check(name, file.Length, o.MaxFileBytes, o.AllowedExtensions) is { } problem) return ([], problem);
            if (!await HasSignatureAsync(file, Path.GetExtension(name), ct))
                return ([], $"Tệp “{name}” không đúng định dạng: nội dung không phải tệp {Path.GetExtension(name).TrimStart('.').ToUpperInvariant()}.");
        }
        return (files, null);
    }

    private static async Task<bool> HasSignatureAsync(IFormFile file, string extension, CancellationToken ct)
    {
        if (!Signatures.TryGetValue(extension, out var accepted)) return true;
        var head = new byte[8];
        await using var stream = file.OpenReadStream();
        var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
        return accepted.Any(s => read >= s.Length && head.AsSpan(0, s.Length).SequenceEqual(s));
    }
}
