using CongVu.Engine.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CongVu.Host.Api;

/// <summary>The API's error responses, all ProblemDetails.</summary>
public static class ApiProblems
{
    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Bad request");

    public static ProblemHttpResult InvalidDefinition(IEnumerable<DefinitionError> errors)
    {
        var list = errors.Select(e => new DefinitionErrorItem(e.ActivityId, e.Message)).ToList();
        return TypedResults.Problem(new ProblemDetails
        {
            Title = "Invalid workflow definition",
            Status = StatusCodes.Status400BadRequest,
            Detail = string.Join("; ", list.Select(e => e.ActivityId is null ? e.Message : $"{e.ActivityId}: {e.Message}")),
            Extensions = { ["errors"] = list },
        });
    }
}

/// <summary>One problem of an invalid definition, with the activity it is in.</summary>
public sealed record DefinitionErrorItem(string? ActivityId, string Message);
