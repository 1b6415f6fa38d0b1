using CongVu.Engine.Activities;
using CongVu.Engine.Expressions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CongVu.Host.Descriptors;

/// <summary>What the studio's designer loads before it opens a workflow: activity, expression and setting descriptors.</summary>
public static class DescriptorsApi
{
    /// <summary>Maps the descriptor endpoints and the instance viewer's activity-execution endpoints.</summary>
    public static RouteGroupBuilder MapDescriptorsApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var descriptors = api.MapGroup("/descriptors").WithTags("Descriptors");
        // The studio asks with ?refresh=true; the registry is fixed at start-up, so there is nothing to refresh.
        descriptors.MapGet("/activities", async (ActivityRegistry registry, InputOptionsSources sources, CancellationToken ct) =>
            TypedResults.Ok(ItemList<ActivityDescriptorModel>.Of(ActivityDescriptorMapper.Describe(registry, await sources.LoadAsync(registry, ct)))));
        descriptors.MapGet("/expression-descriptors", (ExpressionEvaluatorRegistry registry) => TypedResults.Ok(ItemList<ExpressionDescriptorModel>.Of(ExpressionDescriptors.Describe(registry))));
        descriptors.MapGet("/workflow-activation-strategies", () => List(StaticDescriptors.ActivationStrategies));
        descriptors.MapGet("/incident-strategies", () => List(StaticDescriptors.IncidentStrategies));
        descriptors.MapGet("/log-persistence-strategies", () => List(StaticDescriptors.LogPersistenceStrategies));
        descriptors.MapGet("/commit-strategies/workflows", () => List(StaticDescriptors.CommitStrategies));
        descriptors.MapGet("/commit-strategies/activities", () => List(StaticDescriptors.CommitStrategies));
        descriptors.MapGet("/storage-drivers", () => TypedResults.Ok(new ItemsOnly<StorageDriverDescriptor>(StaticDescriptors.StorageDrivers)));
        descriptors.MapGet("/variables", () => TypedResults.Ok(new ItemsOnly<VariableTypeDescriptor>(StaticDescriptors.VariableTypes)));

        api.MapGet("/features/installed", () => List(StaticDescriptors.Features)).WithTags("Descriptors");
        api.MapGet("/package/version", () => TypedResults.Ok(new PackageVersionResponse(StaticDescriptors.ElsaVersion))).WithTags("Descriptors");
        return api.MapActivityExecutionsApi();
    }

    private static Ok<ItemList<T>> List<T>(IReadOnlyList<T> items) => TypedResults.Ok(ItemList<T>.Of(items));
}
