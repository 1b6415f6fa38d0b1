using System.Text.Json.Nodes;
using CongVu.Engine.Activities;
using CongVu.Engine.Execution;
using CongVu.Engine.Model;

namespace CongVu.Host.Campaigns.Activities;

/// <summary>Lists the staff of a unit and of its divisions, for one task per person (registrations).</summary>
[Activity("CongVu", "ListStaff", "Chiến dịch", DisplayName = "Danh sách cán bộ",
    Description = "Liệt kê cán bộ, công chức của một đơn vị (kể cả các phòng, tổ trực thuộc không có đơn vị cấp trên riêng).")]
public sealed class ListStaff : Activity
{
    [Input(DisplayName = "Mã đơn vị", Description = "Ví dụ VP-UBND; thường là {{input.unitCode}}.", OptionsSource = "units", DefaultSyntax = ExpressionTypes.Handlebars, Required = true, Order = 0)]
    public Input<string>? UnitCode { get; set; }

    [Output(DisplayName = "Cán bộ", Description = "Danh sách { userName, fullName, jobPosition, unitCode }, theo tên đăng nhập.")]
    public Output<JsonArray>? Staff { get; set; }

    protected override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var organisation = context.Environment.Services.GetRequiredService<Organisation>();
        var code = CampaignInputs.Text(await context.EvaluateAsync(UnitCode)) ?? throw new InvalidOperationException("Input 'unitCode' is empty.");
        var staff = await organisation.StaffAsync(code, context.CancellationToken);
        context.SetOutput(Staff, new JsonArray(staff.Select(s => (JsonNode)s.ToJson()).ToArray()));
        context.Complete();
    }
}
