using System.Security.Cryptography;
using System.Text.Json;
using CongVu.Engine.Execution;
using Microsoft.AspNetCore.StaticFiles;

namespace CongVu.Host.Files;

/// <summary>
/// Keeps uploaded files on disk under a random id (<c>data/files/ab/abcd….bin</c> plus a <c>.json</c> of metadata), beside the
/// SQLite file by default. The id is 128 random bits, and only ids of that shape ever reach the file system.
/// </summary>
public sealed class FileStore(string folder, EngineEnvironment environment)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public string Folder { get; } = folder;

    /// <summary>Stores <paramref name="content"/>; the caller has checked its size and type (<see cref="FileRules"/>).</summary>
    public async Task<StoredFile> SaveAsync(Stream content, string fileName, string? taskId, string? instanceId, string? uploadedBy, CancellationToken ct)
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var name = FileRules.CleanName(fileName);
        var bytesPath = PathOf(id, ".bin");
        Directory.CreateDirectory(Path.GetDirectoryName(bytesPath)!);
        var temp = bytesPath + ".part";
        long size;
        await using (var target = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
        {
            await content.CopyToAsync(target, ct);
            size = target.Length;
        }
        File.Move(temp, bytesPath);
        var contentType = ContentTypes.TryGetContentType(name, out var type) ? type : "application/octet-stream";
        var file = new StoredFile(id, name, size, contentType, taskId, instanceId, uploadedBy, environment.Clock.UtcNow.UtcDateTime);
        // The metadata is written last: a file without it was never handed out and is never served.
        await File.WriteAllTextAsync(PathOf(id, ".json"), JsonSerializer.Serialize(file, Json), ct);
        return file;
    }

    public async Task<StoredFile?> FindAsync(string id, CancellationToken ct)
    {
        if (!IsId(id) || !File.Exists(PathOf(id, ".json"))) return null;
        await using var stream = File.OpenRead(PathOf(id, ".json"));
        return await JsonSerializer.DeserializeAsync<StoredFile>(stream, Json, ct);
    }

    public Stream OpenRead(StoredFile file) =>
        new FileStream(PathOf(file.Id, ".bin"), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);

    public static bool IsId(string? id) => id is { Length: 32 } && id.All(char.IsAsciiHexDigitLower);

    private string PathOf(string id, string suffix) => Path.Combine(Folder, id[..2], id + suffix);
}
