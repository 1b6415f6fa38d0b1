using System.Text.Json.Nodes;
using CongVu.Engine.Activities;
using CongVu.Engine.Execution;
using CongVu.Engine.Model;

namespace CongVu.Host.Complaints.Activities;

/// <summary>
/// Builds the classification task's form with today's units: category (<c>linhVuc</c>), handling unit (<c>donViXuLy</c>,
/// "Name (CODE)") and whether the case is complex (<c>phucTap</c>: Có/Không). Bind its output to the UserTask's form.
/// </summary>
[Activity("CongVu", "ComplaintClassificationForm", ComplaintActivity.Category, DisplayName = "Biểu mẫu phân loại phản ánh",
    Description = "Tạo biểu mẫu phân loại phản ánh với danh sách lĩnh vực và các đơn vị hiện có: linhVuc, donViXuLy, phucTap (Có/Không).")]
public sealed class ComplaintClassificationForm : Activity
{
    public const string CategoryField = "linhVuc", UnitField = "donViXuLy", ComplexField = "phucTap";

    [Output(DisplayName = "Biểu mẫu", Description = "Mảng JSON các trường, dùng làm Biểu mẫu của Công việc phân loại.")]
    public Output<JsonNode>? Form { get; set; }

    protected override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var units = await context.Environment.Services.GetRequiredService<ComplaintUnits>().OptionsAsync(context.CancellationToken);
        static JsonArray List(IEnumerable<string> items) => new([.. items.Select(i => (JsonNode)JsonValue.Create(i))]);
        context.SetOutput(Form, new JsonArray
        {
            new JsonObject { ["name"] = CategoryField, ["label"] = "Lĩnh vực", ["type"] = "select", ["required"] = true, ["options"] = List(ComplaintCategories.All) },
            new JsonObject { ["name"] = UnitField, ["label"] = "Đơn vị giải quyết", ["type"] = "select", ["required"] = true, ["options"] = List(units) },
            new JsonObject { ["name"] = ComplexField, ["label"] = "Vụ việc phức tạp (thời hạn 45 ngày)", ["type"] = "select", ["required"] = true, ["options"] = List(["Không", "Có"]) },
        });
        context.Complete();
    }
}
