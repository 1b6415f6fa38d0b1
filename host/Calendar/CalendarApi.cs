using CongVu.Engine.Persistence;
using CongVu.Engine.Runtime;
using CongVu.Host.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CongVu.Host.Calendar;

/// <summary>The editable holiday table that working-day deadlines count with: list it, or replace it whole.</summary>
public static class CalendarApi
{
    public static RouteGroupBuilder MapCalendarApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/calendar/holidays").WithTags("Calendar");
        group.MapGet("/", ListAsync);
        group.MapPut("/", ReplaceAsync).Accepts<IReadOnlyList<HolidayRow>>("application/json");
        return api;
    }

    private static async Task<Ok<List<HolidayRow>>> ListAsync(IWorkflowStore store, CancellationToken ct) =>
        TypedResults.Ok((await store.ListCalendarDaysAsync(ct)).Select(HolidayRow.From).ToList());

    private static async Task<Results<Ok<List<HolidayRow>>, ProblemHttpResult>> ReplaceAsync(HttpRequest request, StoredCalendarSource calendar, CancellationToken ct)
    {
        var (days, errors) = HolidayRows.Parse(await JsonBody.ReadAsync(request, JsonBody.DefinitionLimit, ct));
        if (errors.Count > 0)
        {
            return TypedResults.Problem(new ProblemDetails
            {
                Title = "Invalid holiday list",
                Status = StatusCodes.Status400BadRequest,
                Detail = string.Join(" ", errors.Select(e => e.Message)),
                Extensions = { ["errors"] = errors },
            });
        }
        await calendar.ReplaceAsync(days, ct);
        return TypedResults.Ok(days.OrderBy(d => d.Date).Select(HolidayRow.From).ToList());
    }
}
