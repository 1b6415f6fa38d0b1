using CongVu.Engine.Persistence;
using CongVu.Host.Api;

namespace CongVu.Host.Definitions;

/// <summary>Query of <c>GET /workflow-definitions</c>, as Elsa Studio sends it (page is zero-based).</summary>
public sealed record DefinitionListQuery(
    string? VersionOptions,
    int? Page,
    int? PageSize,
    string? SearchTerm,
    bool? IsSystem,
    string? OrderBy,
    SortDirection? OrderDirection,
    string[]? DefinitionIds,
    string[]? Ids)
{
    public DefinitionQuery ToStoreQuery()
    {
        var size = PageSize is > 0 ? PageSize.Value : int.MaxValue;
        return new DefinitionQuery
        {
            // Asked by version ids (the instance list does this), every version matches unless told otherwise.
            Version = ApiValues.ParseVersion(VersionOptions, Ids is { Length: > 0 } ? Engine.Persistence.VersionOptions.AllVersions : Engine.Persistence.VersionOptions.Latest),
            DefinitionIds = ApiValues.Split(DefinitionIds),
            VersionIds = ApiValues.Split(Ids),
            SearchTerm = SearchTerm,
            IsSystem = IsSystem,
            OrderBy = OrderBy switch
            {
                _ when string.Equals(OrderBy, "Version", StringComparison.OrdinalIgnoreCase) => "Version",
                _ when string.Equals(OrderBy, "Created", StringComparison.OrdinalIgnoreCase) || string.Equals(OrderBy, "CreatedAt", StringComparison.OrdinalIgnoreCase) => "CreatedAt",
                _ => "Name",
            },
            Descending = OrderDirection == SortDirection.Descending,
            Skip = size == int.MaxValue ? 0 : Math.Max(0, Page ?? 0) * size,
            Take = size,
        };
    }
}
