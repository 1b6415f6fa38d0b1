using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace CongVu.Host.Tasks;

/// <summary>
/// What a task page shows beside the task row (<c>HumanTaskRecord.Data</c>): the outcomes to choose from, the form,
/// the document to preview and where the task comes from. The same object, kept in the UserTask's execution state,
/// is what a resume is validated against.
/// </summary>
public sealed record TaskData(
    IReadOnlyList<TaskOutcome> Outcomes,
    IReadOnlyList<FormField> Form,
    TaskDocument? Document,
    string? WorkflowName,
    string? SubmitterUserId)
{
    // Vietnamese stays readable in the database; HTML-significant characters are still escaped.
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static TaskData Parse(string json) => JsonSerializer.Deserialize<TaskData>(json, Json)
        ?? throw new JsonException("The task data is empty.");

    public static TaskData FromNode(JsonNode node) => node.Deserialize<TaskData>(Json)
        ?? throw new JsonException("The task data is empty.");

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public JsonNode ToNode() => JsonSerializer.SerializeToNode(this, Json)!;

    public TaskOutcome? FindOutcome(string? name) => Outcomes.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.Ordinal));
}

/// <summary>A button on the task page; the chosen one is the port the workflow continues on.</summary>
public sealed record TaskOutcome(string Name, bool RequiresComment);

/// <summary>The document under review, previewed on the task page.</summary>
public sealed record TaskDocument(string? Title, string Html)
{
    /// <summary>Where the issued document can be opened and downloaded (a generated document's page, DOCX and PDF), if it has them.</summary>
    public string? HtmlUrl { get; init; }
    public string? DocxUrl { get; init; }
    public string? PdfUrl { get; init; }
}

/// <summary>One field of a task's form; its value is written to the workflow variable <see cref="TargetVariable"/>.</summary>
/// <param name="Value">What the field shows when the page opens: the variable's value when the task was created (so a returned draft is revised, not retyped), else the designer's default.</param>
public sealed record FormField(
    string Name,
    string Label,
    string Type,
    bool Required = false,
    IReadOnlyList<string>? Options = null,
    long? MaxBytes = null,
    IReadOnlyList<string>? AllowedExtensions = null,
    string? Variable = null,
    string? Value = null)
{
    [JsonIgnore]
    public string TargetVariable => string.IsNullOrWhiteSpace(Variable) ? Name : Variable;
}

/// <summary>The field types a task form supports.</summary>
public static class FormFieldTypes
{
    public const string Text = "text";
    public const string MultiLine = "multiline";
    public const string Number = "number";
    public const string Date = "date";
    public const string Select = "select";
    public const string File = "file";

    public static IReadOnlyList<string> All { get; } = [Text, MultiLine, Number, Date, Select, File];
}

/// <summary>A file already uploaded by the task page, as a form value refers to it.</summary>
public sealed record TaskFileReference(string Id, string Name, long Size, string? ContentType);
