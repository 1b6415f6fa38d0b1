using System.Text.Json.Nodes;
using CongVu.Engine.Persistence;
using CongVu.Engine.Runtime;
using CongVu.Host.Api;
using CongVu.Host.Instances;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CongVu.Host.Events;

/// <summary>Bookmarks: resume one by id (at most once), and list an instance's bookmarks for debugging.</summary>
public static class BookmarksApi
{
    public static RouteGroupBuilder MapBookmarksApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/bookmarks").WithTags("Bookmarks");
        group.MapPost("/resume", ResumeAsync);
        group.MapGet("/", ListAsync);
        return api;
    }

    private static async Task<Results<Ok<InstanceStatusResponse>, ProblemHttpResult>> ResumeAsync(ResumeBookmarkRequest request, WorkflowRuntime runtime, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.BookmarkId)) return ApiProblems.BadRequest("Field 'bookmarkId' is required.");
        var result = await runtime.ResumeAsync(request.BookmarkId, request.Input, request.IdempotencyKey, ct);
        return result is null
            ? ApiProblems.NotFound($"Bookmark '{request.BookmarkId}' does not exist (it may have been resumed already).")
            : TypedResults.Ok(InstanceStatusResponse.From(result.State));
    }

    private static async Task<Results<Ok<BookmarkList>, ProblemHttpResult>> ListAsync(string? instanceId, IWorkflowStore store, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(instanceId)) return ApiProblems.BadRequest("Query parameter 'instanceId' is required.");
        var bookmarks = await store.ListBookmarksAsync(instanceId, ct);
        var items = bookmarks.Select(b => new BookmarkItem(b.Id, b.InstanceId, b.ActivityType, b.ActivityId, b.ActivityNodeId, b.Hash,
            b.CorrelationId, JsonNode.Parse(b.Payload), ApiValues.Utc(b.CreatedAt))).ToList();
        return TypedResults.Ok(new BookmarkList(items, items.Count));
    }
}

/// <summary>Body of a bookmark resume; the idempotency key makes a repeated delivery act once.</summary>
public sealed record ResumeBookmarkRequest(string BookmarkId, JsonObject? Input, string? IdempotencyKey);

/// <summary>An indexed bookmark.</summary>
public sealed record BookmarkItem(string Id, string InstanceId, string ActivityType, string ActivityId, string ActivityNodeId, string Hash,
    string? CorrelationId, JsonNode? Payload, DateTimeOffset CreatedAt);

/// <summary>The bookmarks of an instance.</summary>
public sealed record BookmarkList(IReadOnlyList<BookmarkItem> Items, int TotalCount);
