using CongVu.Engine.Execution;

namespace CongVu.Engine.Activities.Flow;

/// <summary>Where a flowchart begins.</summary>
[Activity("Elsa", "Start", "Flow", Description = "Where a flowchart begins.", IsStart = true)]
public sealed class Start : Activity
{
    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.Complete();
        return default;
    }
}

/// <summary>Marks the end of a flowchart: reaching it completes the flowchart, as in Elsa.</summary>
[Activity("Elsa", "End", "Flow", Description = "Ends the flowchart; branches still waiting are cancelled.", Outcomes = [], IsTerminal = true)]
public sealed class End : Activity
{
    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.Complete();
        return default;
    }
}

/// <summary>Finishes the whole workflow at once, cancelling every branch still waiting.</summary>
[Activity("Elsa", "Finish", "Flow", Description = "Finishes the whole workflow, cancelling waiting branches.", Outcomes = [], IsTerminal = true)]
public sealed class Finish : Activity
{
    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.Journal("Completed");
        WorkflowRunner.FinishWorkflow(context.Workflow, WorkflowSubStatus.Finished);
        return default;
    }
}
