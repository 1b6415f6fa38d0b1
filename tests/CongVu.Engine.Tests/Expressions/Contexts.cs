using CongVu.Engine.Expressions;

namespace CongVu.Engine.Tests.Expressions;

/// <summary>Builds expression contexts for the expression tests.</summary>
internal static class Contexts
{
    public static ExpressionContext With(Dictionary<string, object?>? variables = null, Dictionary<string, object?>? input = null) => new()
    {
        Variables = new DictionaryVariableScope(variables ?? new Dictionary<string, object?>(StringComparer.Ordinal)),
        Input = input ?? new Dictionary<string, object?>(StringComparer.Ordinal),
        WorkflowInstanceId = "wf-1",
        CorrelationId = "corr-1",
    };

    public static ExpressionContext Empty() => With();
}
