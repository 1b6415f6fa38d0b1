using CongVu.Engine.Execution;

namespace CongVu.Engine.Activities.Primitives;

/// <summary>Assigns a value to a workflow variable.</summary>
[Activity("Elsa", "SetVariable", "Primitives", DisplayName = "Set Variable", Description = "Assigns a value to a workflow variable.")]
public sealed class SetVariable : Activity
{
    [Input(DisplayName = "Variable", UIHint = UIHints.VariablePicker, Required = true)]
    public VariableReference? Variable { get; set; }

    [Input(DisplayName = "Value")]
    public Model.Input<object>? Value { get; set; }

    protected internal override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var value = await context.EvaluateAsync(Value);
        context.SetVariable(Variable!.Name ?? Variable.Id!, value);
        context.Complete();
    }
}

/// <summary>A reference to a declared variable, as Elsa stores it: <c>{ id, name }</c>.</summary>
public sealed class VariableReference
{
    public string? Id { get; set; }
    public string? Name { get; set; }
}
