namespace CongVu.Engine.Expressions;

/// <summary>Converts an evaluator's raw result to the requested type, reporting failures as <see cref="ExpressionException"/>.</summary>
internal static class ResultConversion
{
    public static object? Convert(string language, object? value, Type targetType)
    {
        try
        {
            return ValueConverter.Convert(value, targetType);
        }
        // Callers handle ExpressionException only, so every conversion failure must surface as one.
        catch (Exception ex) when (ex is FormatException or InvalidCastException or OverflowException
                                       or ArgumentException or NotSupportedException or System.Text.Json.JsonException
                                       or InvalidOperationException)
        {
            throw new ExpressionException(language, $"cannot convert the result to {targetType.Name}: {ex.Message}", ex);
        }
    }
}
