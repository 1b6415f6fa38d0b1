using System.Text.Json.Nodes;

namespace CongVu.Host.Files;

/// <summary>An uploaded or attached file: its metadata, kept beside the bytes; the bytes never move once written.</summary>
/// <param name="TaskId">The task whose form it was sent with; decides who may download it.</param>
/// <param name="InstanceId">For files of a workflow instance (a generated document) not tied to one task.</param>
public sealed record StoredFile(
    string Id, string Name, long Size, string ContentType, string? TaskId, string? InstanceId, string? UploadedBy, DateTime UploadedAt)
{
    /// <summary>The form value handed to the task: <c>{id, name, size, contentType}</c>.</summary>
    public JsonObject ToFormValue() => new() { ["id"] = Id, ["name"] = Name, ["size"] = Size, ["contentType"] = ContentType };
}
