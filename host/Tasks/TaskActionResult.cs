namespace CongVu.Host.Tasks;

/// <summary>How a task action ended; <see cref="Message"/> and <see cref="FieldErrors"/> are Vietnamese, for the page.</summary>
public sealed record TaskActionResult(TaskActionStatus Status, string? Message, IReadOnlyDictionary<string, string> FieldErrors)
{
    private static readonly IReadOnlyDictionary<string, string> NoErrors = new Dictionary<string, string>();

    public bool Succeeded => Status == TaskActionStatus.Succeeded;

    public static TaskActionResult Ok() => new(TaskActionStatus.Succeeded, null, NoErrors);

    public static TaskActionResult NotFound() => new(TaskActionStatus.NotFound, TaskTexts.TaskNotFound, NoErrors);

    public static TaskActionResult Forbidden(string message) => new(TaskActionStatus.Forbidden, message, NoErrors);

    public static TaskActionResult Conflict(string message) => new(TaskActionStatus.Conflict, message, NoErrors);

    public static TaskActionResult Invalid(IReadOnlyDictionary<string, string> errors) =>
        new(TaskActionStatus.Invalid, errors.Values.FirstOrDefault(), new Dictionary<string, string>(errors, StringComparer.Ordinal));

    public static TaskActionResult Invalid(string field, string message) => Invalid(new Dictionary<string, string> { [field] = message });
}

/// <summary>Outcome kinds of a task action: map to 200, 404, 403, 409 and 422 (or a re-shown form).</summary>
public enum TaskActionStatus
{
    Succeeded,
    NotFound,
    Forbidden,
    Conflict,
    Invalid,
}
