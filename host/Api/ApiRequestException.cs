namespace CongVu.Host.Api;

/// <summary>A request the API refuses (bad JSON, missing field, body too large); becomes a ProblemDetails response.</summary>
public sealed class ApiRequestException(string message, int statusCode = StatusCodes.Status400BadRequest) : Exception(message)
{
    public int StatusCode { get; } = statusCode;
}
