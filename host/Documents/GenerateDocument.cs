using System.Text.Json.Nodes;
using CongVu.Engine.Activities;
using CongVu.Engine.Execution;
using CongVu.Engine.Expressions;
using CongVu.Engine.Model;
using CongVu.Host.Documents.Issuing;
using CongVu.Host.Documents.Pages;

namespace CongVu.Host.Documents;

/// <summary>
/// Generates a document from a template (Decree 30/2020 layout) for a unit: HTML preview, DOCX and PDF links, and
/// with a register symbol the unit's next number for the year. Idempotent by its key (default
/// <c>{instanceId}:{activityId}:{contextId}</c>): running again updates the same document and keeps its number.
/// </summary>
[Activity("CongVu", "GenerateDocument", "Văn bản", DisplayName = "Tạo văn bản",
    Description = "Tạo văn bản theo mẫu đúng thể thức Nghị định 30/2020/NĐ-CP (xem trước, tệp DOCX, PDF); cấp số theo sổ văn bản của đơn vị khi có ký hiệu sổ.")]
public sealed class GenerateDocument : Activity
{
    public const string TypeName = "CongVu.GenerateDocument";

    [Input(DisplayName = "Mẫu văn bản", Description = "Tên mẫu trong templates/documents, ví dụ ke-hoach-don-vi.", OptionsSource = DocumentTemplateOptionsSource.SourceName, Required = true, Order = 0)]
    public Input<string>? Template { get; set; }

    [Input(DisplayName = "Dữ liệu", Description = "Dữ liệu trộn vào mẫu (đối tượng JSON); mẫu còn đọc được document.* (số, ngày) và unit.* (đơn vị ban hành).",
        UIHint = UIHints.JsonEditor, DefaultSyntax = ExpressionTypes.Object, Order = 1)]
    public Input<object>? Model { get; set; }

    [Input(DisplayName = "Đơn vị ban hành", Description = "Mã đơn vị, ví dụ SNV; để trống thì lấy unitCode trong dữ liệu đầu vào của quy trình.", Order = 2)]
    public Input<string>? UnitCode { get; set; }

    [Input(DisplayName = "Sổ văn bản", Description = "Ký hiệu loại văn bản (KH, BC, DS, TB): có thì cấp số tiếp theo trong sổ của đơn vị trong năm; để trống là bản dự thảo chưa có số.", Order = 3)]
    public Input<string>? Register { get; set; }

    [Input(DisplayName = "Khóa", Description = "Cùng khóa thì cập nhật cùng một văn bản và giữ số đã cấp; để trống thì mỗi lần chạy bước này là một văn bản.", Order = 4)]
    public Input<string>? Key { get; set; }

    [Output(DisplayName = "Văn bản", Description = "{ id, title, html, number, numberText, symbol, docxUrl, htmlUrl, pdfUrl }: truyền thẳng vào ô Văn bản của bước Công việc.")]
    public Output<object>? Document { get; set; }

    protected override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var template = (await context.EvaluateAsync(Template))?.Trim() ?? "";
        var model = await context.EvaluateAsync(Model) is { } value ? ValueConverter.ToClr(ValueConverter.ToNode(value)) : null;
        var unitCode = (await context.EvaluateAsync(UnitCode))?.Trim() is { Length: > 0 } code
            ? code
            : context.Workflow.State.Input.GetValueOrDefault("unitCode")?.ToString() ?? throw new InvalidOperationException("GenerateDocument needs UnitCode (or input.unitCode).");
        var key = (await context.EvaluateAsync(Key))?.Trim() is { Length: > 0 } given ? given : $"{context.Workflow.State.Id}:{Id}:{context.Id}";
        var register = await context.EvaluateAsync(Register);

        var issuer = context.Environment.Services.GetRequiredService<DocumentIssuer>();
        var record = await issuer.GenerateAsync(new DocumentRequest(template, model, unitCode, register, key, context.Workflow.State.Id), context.Now, context.CancellationToken);
        context.SetOutput(Document, (object)Output(record));
        context.Journal("DocumentGenerated", $"{record.NumberText.Trim('\u00A0')}: {record.Title}");
        context.Complete();
    }

    /// <summary>The output object, ready for UserTask's Document input.</summary>
    public static JsonObject Output(Persistence.DocumentRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new JsonObject
        {
            ["id"] = record.Id,
            ["title"] = record.Title,
            ["html"] = Rendering.Nd30Page.Styled(record.Html),
            ["number"] = record.Number,
            ["numberText"] = record.NumberText,
            ["symbol"] = record.NumberText[(record.NumberText.IndexOf('/', StringComparison.Ordinal) + 1)..],
            ["htmlUrl"] = DocumentPaths.Page(record.Id),
            ["docxUrl"] = DocumentPaths.Docx(record.Id),
            ["pdfUrl"] = DocumentPaths.Pdf(record.Id),
        };
    }
}
