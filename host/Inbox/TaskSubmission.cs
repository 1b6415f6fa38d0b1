using System.Text.Json.Nodes;
using CongVu.Engine.Tasks;
using CongVu.Host.Files;
using CongVu.Host.Tasks;

namespace CongVu.Host.Inbox;

/// <summary>
/// A posted task form turned into the values <see cref="TaskActions.CompleteAsync"/> takes: text as typed, each file checked
/// against its field (type, size), stored, and passed as <c>{id, name, size, contentType}</c>.
/// </summary>
internal sealed record TaskSubmission(
    JsonObject Values, Dictionary<string, string> Typed, Dictionary<string, StoredFile> Files, Dictionary<string, string> Errors)
{
    public static async Task<TaskSubmission> ReadAsync(IFormCollection form, TaskData data, HumanTaskRecord task, string userId, FileStore files, CancellationToken ct)
    {
        var submission = new TaskSubmission(new JsonObject(), new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal));
        foreach (var field in data.Form)
        {
            var key = TaskFormView.FieldPrefix + field.Name;
            if (field.Type == FormFieldTypes.File) await submission.ReadFileAsync(form, field, key, task, userId, files, ct);
            else
            {
                var typed = form[key].ToString();
                submission.Typed[field.Name] = typed;
                if (typed.Length > 0) submission.Values[field.Name] = typed;
            }
        }
        return submission;
    }

    private async Task ReadFileAsync(IFormCollection form, FormField field, string key, HumanTaskRecord task, string userId, FileStore files, CancellationToken ct)
    {
        StoredFile? stored = null;
        if (form.Files.GetFile(key) is { Length: > 0 } upload)
        {
            var name = FileRules.CleanName(upload.FileName);
            if (FileRules.Check(name, upload.Length, TaskFieldView.MaxBytes(field), TaskFieldView.Extensions(field)) is { } problem)
            {
                Errors[field.Name] = problem;
                return;
            }
            await using var content = upload.OpenReadStream();
            stored = await files.SaveAsync(content, name, task.Id, task.InstanceId, userId, ct);
        }
        else if (form[key + TaskFormView.KeptSuffix].ToString() is { Length: > 0 } keptId)
        {
            // Only a file this person uploaded for this task can be carried over from a refused post.
            stored = await files.FindAsync(keptId, ct) is { } kept && kept.TaskId == task.Id && kept.UploadedBy == userId ? kept : null;
        }
        if (stored is null) return;
        Files[field.Name] = stored;
        Values[field.Name] = stored.ToFormValue();
    }
}
