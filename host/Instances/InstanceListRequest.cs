using CongVu.Engine.Execution;
using CongVu.Engine.Persistence;
using CongVu.Host.Api;

namespace CongVu.Host.Instances;

/// <summary>Filter and paging of the instance list (body of POST, or query of GET); page is zero-based.</summary>
public sealed record InstanceListRequest(
    int? Page,
    int? PageSize,
    string? SearchTerm,
    string? DefinitionId,
    string[]? DefinitionIds,
    string? CorrelationId,
    WorkflowStatus? Status,
    WorkflowStatus[]? Statuses,
    WorkflowSubStatus? SubStatus,
    WorkflowSubStatus[]? SubStatuses,
    string? OrderBy,
    SortDirection? OrderDirection)
{
    public InstanceQuery ToStoreQuery()
    {
        var size = PageSize is > 0 ? PageSize.Value : int.MaxValue;
        var definitionIds = ApiValues.Split([.. DefinitionIds ?? [], .. DefinitionId is { } one ? [one] : Array.Empty<string>()]);
        var statuses = (Statuses ?? []).Concat(Status is { } s ? [s] : []).Select(x => x.ToString()).ToList();
        var subStatuses = (SubStatuses ?? []).Concat(SubStatus is { } ss ? [ss] : []).Select(x => x.ToString()).ToList();
        return new InstanceQuery
        {
            DefinitionIds = definitionIds,
            Statuses = statuses.Count > 0 ? statuses : null,
            SubStatuses = subStatuses.Count > 0 ? subStatuses : null,
            CorrelationId = string.IsNullOrWhiteSpace(CorrelationId) ? null : CorrelationId,
            SearchTerm = SearchTerm,
            Descending = OrderDirection != SortDirection.Ascending,
            Skip = size == int.MaxValue ? 0 : Math.Max(0, Page ?? 0) * size,
            Take = size,
        };
    }
}
