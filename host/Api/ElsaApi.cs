using CongVu.Host.Auth;
using CongVu.Host.Calendar;
using CongVu.Host.Definitions;
using CongVu.Host.Events;
using CongVu.Host.Instances;

namespace CongVu.Host.Api;

/// <summary>The Elsa 3 REST API under <c>/elsa/api</c>, every call behind the "Admin" policy.</summary>
public static class ElsaApi
{
    public const string Prefix = "/elsa/api";

    public static IServiceCollection AddElsaApi(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.AddSingleton<Descriptors.InputOptionsSources>();
        return services;
    }

    public static IEndpointRouteBuilder MapElsaApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(Prefix).RequireAuthorization(AdminPolicy.Name);
        api.MapWorkflowDefinitionsApi();
        api.MapWorkflowDefinitionCommandsApi();
        api.MapWorkflowExecutionApi();
        api.MapWorkflowInstancesApi();
        api.MapInstanceDetailsApi();
        api.MapEventsApi();
        api.MapBookmarksApi();
        api.MapCalendarApi();
        Descriptors.DescriptorsApi.MapDescriptorsApi(api);
        return app;
    }
}
