using System.Text.Json.Nodes;
using CongVu.Engine.Activities;
using CongVu.Engine.Execution;
using CongVu.Engine.Model;

namespace CongVu.Host.Campaigns.Activities;

/// <summary>Lists the reporting units (those with a supervisor, supervising no one, with staff), of one supervisor or bloc.</summary>
[Activity("CongVu", "ListUnits", "Chiến dịch", DisplayName = "Danh sách đơn vị",
    Description = "Liệt kê các đơn vị phải nộp (có đơn vị cấp trên, có cán bộ), theo đơn vị cấp trên hoặc theo khối.")]
public sealed class ListUnits : Activity
{
    [Input(DisplayName = "Đơn vị cấp trên", Description = "Mã đơn vị tổng hợp (SNV, BTC-TU). Để trống: mọi đơn vị.", OptionsSource = "units", Order = 0)]
    public Input<string>? SupervisorCode { get; set; }

    [Input(DisplayName = "Khối", Description = "Để trống: cả hai khối. Government hoặc Party.", UIHint = UIHints.Dropdown,
        Options = ["", People.Blocs.Government, People.Blocs.Party], Order = 1)]
    public Input<string>? Bloc { get; set; }

    [Output(DisplayName = "Đơn vị", Description = "Danh sách { code, name, bloc, blocName, supervisorCode, supervisorName, headUserName }.")]
    public Output<JsonArray>? Units { get; set; }

    [Output(DisplayName = "Đơn vị tổng hợp", Description = "Các đơn vị cấp trên của những đơn vị đó, cùng dạng.")]
    public Output<JsonArray>? Supervisors { get; set; }

    protected override void Load(ActivityLoadContext load)
    {
        ArgumentNullException.ThrowIfNull(load);
        if (ActivityLoadContext.LiteralText(Bloc) is { } bloc && CampaignInputs.Failure(() => BlocFilter.Parse(bloc)) is { } blocError)
            load.Error($"Input 'bloc': {blocError}");
    }

    protected override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var chart = await context.Environment.Services.GetRequiredService<Organisation>().LoadAsync(context.CancellationToken);
        string? supervisorId = null;
        if (CampaignInputs.Text(await context.EvaluateAsync(SupervisorCode)) is { } code)
            supervisorId = (chart.Find(code) ?? throw new InvalidOperationException($"Input 'supervisorCode': the unit '{code}' does not exist.")).Id;
        var units = chart.Reporting(BlocFilter.Parse(await context.EvaluateAsync(Bloc)), supervisorId);
        context.SetOutput(Units, new JsonArray(units.Select(u => (JsonNode)u.ToJson()).ToArray()));
        context.SetOutput(Supervisors, new JsonArray(chart.SupervisorsOf(units).Select(u => (JsonNode)u.ToJson()).ToArray()));
        context.Complete();
    }
}
