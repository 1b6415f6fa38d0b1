using System.Text.Json.Nodes;
using CongVu.Engine.Activities.Primitives;
using CongVu.Engine.Runtime;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CongVu.Host.Events;

/// <summary>Named events: resume every instance waiting on the event and start every workflow it triggers.</summary>
public static class EventsApi
{
    public static RouteGroupBuilder MapEventsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/events/{eventName}/trigger", TriggerAsync).WithTags("Events");
        return api;
    }

    private static async Task<Ok<TriggerEventResponse>> TriggerAsync(
        string eventName, [FromBody] TriggerEventRequest? request, WorkflowRuntime runtime, CancellationToken ct)
    {
        var input = new JsonObject { ["payload"] = request?.Payload?.DeepClone() };
        var results = await runtime.TriggerAsync(Event.StimulusFor(eventName), request?.CorrelationId, input, request?.IdempotencyKey, ct);
        return TypedResults.Ok(new TriggerEventResponse(results.Select(r => r.InstanceId).Distinct().ToList()));
    }
}

/// <summary>Body of an event trigger; the correlation id narrows which waiting instances resume.</summary>
public sealed record TriggerEventRequest(string? CorrelationId, JsonNode? Payload, string? IdempotencyKey);

/// <summary>The instances resumed or started by the event.</summary>
public sealed record TriggerEventResponse(IReadOnlyList<string> WorkflowInstanceIds);
