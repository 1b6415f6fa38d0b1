using CongVu.Engine.Runtime;
using Microsoft.AspNetCore.Diagnostics;

namespace CongVu.Host.Api;

/// <summary>Turns the engine's and the API's known exceptions into ProblemDetails responses; anything else stays a 500.</summary>
internal sealed class ApiExceptionHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        IResult? result = exception switch
        {
            DefinitionValidationException e => ApiProblems.InvalidDefinition(e.Errors),
            WorkflowNotFoundException e => ApiProblems.NotFound(e.Message),
            ApiRequestException e => TypedResults.Problem(e.Message, statusCode: e.StatusCode),
            BadHttpRequestException e => TypedResults.Problem(e.Message, statusCode: e.StatusCode),
            _ => null,
        };
        if (result is null) return false;
        await result.ExecuteAsync(httpContext);
        return true;
    }
}
