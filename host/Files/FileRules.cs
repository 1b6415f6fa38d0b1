using System.Globalization;

namespace CongVu.Host.Files;

/// <summary>Size and type checks of an upload, with the Vietnamese message shown beside the field.</summary>
public static class FileRules
{
    /// <summary>The most one form post may carry, all files together (enforced as the request size limit → 413).</summary>
    public const long MaxRequestBytes = 20L * 1024 * 1024;

    /// <summary>Null when the file is acceptable; otherwise why not.</summary>
    public static string? Check(string fileName, long length, long? maxBytes, IReadOnlyCollection<string> allowedExtensions)
    {
        if (length <= 0) return $"Tệp “{fileName}” không có nội dung.";
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (allowedExtensions.Count > 0 && !allowedExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
            return $"Tệp “{fileName}” không đúng định dạng. Chỉ chấp nhận: {string.Join(", ", allowedExtensions)}.";
        var limit = Math.Min(maxBytes is > 0 ? maxBytes.Value : MaxRequestBytes, MaxRequestBytes);
        if (length > limit) return $"Tệp “{fileName}” quá lớn ({Size(length)}). Dung lượng tối đa: {Size(limit)}.";
        return null;
    }

    /// <summary>"850 KB", "2,5 MB" (Vietnamese decimal comma).</summary>
    public static string Size(long bytes)
    {
        var vi = CultureInfo.GetCultureInfo("vi-VN");
        if (bytes < 1024 * 1024) return $"{Math.Max(1, (bytes + 1023) / 1024).ToString(vi)} KB";
        var mb = bytes / (1024.0 * 1024.0);
        return $"{mb.ToString(mb % 1 == 0 ? "0" : "0.#", vi)} MB";
    }

    /// <summary>The file name without any folder part or control characters, at most 200 characters.</summary>
    public static string CleanName(string? fileName)
    {
        var name = Path.GetFileName((fileName ?? "").Replace('\\', '/'));
        name = new string(name.Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (name.Length > 200) name = name[..(200 - Path.GetExtension(name).Length)] + Path.GetExtension(name);
        return name.Length == 0 ? "tep" : name;
    }
}
