using System.Text.Json.Nodes;
using CongVu.Engine.Persistence;
using CongVu.Engine.Runtime;
using CongVu.Host.Api;

namespace CongVu.Host.Definitions;

/// <summary>Shapes stored definition versions into Elsa 3's WorkflowDefinition and summary JSON.</summary>
public static class DefinitionJson
{
    public const string ToolVersion = "3.8.0";
    private const string Base = ElsaApi.Prefix + "/workflow-definitions";

    /// <summary>The full definition (model, Elsa's extra fields and the links the studio needs to enable editing).</summary>
    public static JsonObject Full(DefinitionRecord record)
    {
        var model = DefinitionService.ToModel(record);
        model["createdAt"] = JsonValue.Create(ApiValues.Utc(record.CreatedAt));
        if (model["toolVersion"] is null) model["toolVersion"] = ToolVersion;
        model["isSystem"] = record.IsSystem;
        model["providerName"] = "Default";
        model["materializerName"] = "Json";
        model["materializerContext"] = null;
        model["isReadonly"] = false;
        var links = new JsonArray();
        foreach (var link in Links(record))
            links.Add(new JsonObject { ["href"] = link.Href, ["rel"] = link.Rel, ["method"] = link.Method });
        model["links"] = links;
        return model;
    }

    public static DefinitionSummary Summary(DefinitionRecord record) => new(
        record.Id, record.DefinitionId, record.Name, record.Description, record.Version, ToolVersion,
        record.IsLatest, record.IsPublished, "Default", "Json", IsMaterializerAvailable: true,
        ApiValues.Utc(record.CreatedAt), IsReadonly: false, record.IsSystem, Links: []);

    /// <summary>The studio's editor is read-only without "publish"; the others mirror Elsa's actions.</summary>
    public static IReadOnlyList<Link> Links(DefinitionRecord record)
    {
        var id = Uri.EscapeDataString(record.DefinitionId);
        return
        [
            new($"{Base}/by-id/{Uri.EscapeDataString(record.Id)}", "self", "GET"),
            new($"{Base}/{id}/publish", "publish", "POST"),
            new($"{Base}/{id}/retract", "retract", "POST"),
            new($"{Base}/{id}/execute", "execute", "POST"),
            new($"{Base}/{id}/export", "export", "GET"),
            new($"{Base}/{id}", "delete", "DELETE"),
        ];
    }

    /// <summary>Links of the definition list; the studio's list needs "bulk-publish".</summary>
    public static IReadOnlyList<Link> ListLinks { get; } =
    [
        new($"{ElsaApi.Prefix}/bulk-actions/publish/workflow-definitions/by-definition-ids", "bulk-publish", "POST"),
    ];
}

/// <summary>A definition version in lists (Elsa's WorkflowDefinitionSummary).</summary>
public sealed record DefinitionSummary(
    string Id,
    string DefinitionId,
    string Name,
    string? Description,
    int Version,
    string ToolVersion,
    bool IsLatest,
    bool IsPublished,
    string ProviderName,
    string MaterializerName,
    bool IsMaterializerAvailable,
    DateTimeOffset CreatedAt,
    bool IsReadonly,
    bool IsSystem,
    IReadOnlyList<Link> Links);

/// <summary>A page of definition summaries.</summary>
public sealed record DefinitionList(IReadOnlyList<DefinitionSummary> Items, int TotalCount, IReadOnlyList<Link> Links);

/// <summary>Answer of save and publish (Elsa's SaveWorkflowDefinitionResponse); the definition is the full JSON.</summary>
public sealed record SaveDefinitionResponse(JsonObject WorkflowDefinition, bool AlreadyPublished, int ConsumingWorkflowCount);
