namespace CongVu.Engine.Expressions;

/// <summary>Raised when an expression cannot be compiled, is refused, fails at run time or yields an unconvertible value.</summary>
public sealed class ExpressionException : Exception
{
    public ExpressionException()
    {
    }

    public ExpressionException(string message)
        : base(message)
    {
    }

    public ExpressionException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Builds the message as "<paramref name="language"/> expression error: <paramref name="error"/>".</summary>
    public ExpressionException(string language, string error, Exception? innerException)
        : base($"{language} expression error: {error}", innerException)
    {
        Language = language;
    }

    /// <summary>The expression language that failed, when known.</summary>
    public string? Language { get; }
}
