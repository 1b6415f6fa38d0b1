using CongVu.Engine.Execution;

namespace CongVu.Engine.Activities.Flow;

/// <summary>Where a flowchart begins.</summary>
[Activity("Elsa", "Start", "Flow", Description = "Điểm bắt đầu của luồng.", IsStart = true)]
public sealed class Start : Activity
{
    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.Complete();
        return default;
    }
}

/// <summary>Marks the end of a flowchart: reaching it completes the flowchart, as in Elsa.</summary>
[Activity("Elsa", "End", "Flow", Description = "Kết thúc sơ đồ luồng (các nhánh còn chờ bị hủy).", Outcomes = [], IsTerminal = true)]
public sealed class End : Activity
{
    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.Complete();
        return default;
    }
}

/// <summary>Finishes the whole workflow at once, cancelling every branch still waiting.</summary>
[Activity("Elsa", "Finish", "Flow", Description = "Kết thúc toàn bộ quy trình, hủy các nhánh đang chờ.", Outcomes = [], IsTerminal = true)]
public sealed class Finish : Activity
{
    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.Journal("Completed");
        WorkflowRunner.FinishWorkflow(context.Workflow, WorkflowSubStatus.Finished);
        return default;
    }
}
