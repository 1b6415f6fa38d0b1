using System.Text.Encodings.Web;
using CongVu.Host.Auth;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;

namespace CongVu.Host.Studio;

/// <summary>Elsa Studio on our server: the admin pages under <c>/studio</c> and the studio's own files.</summary>
public static class StudioEndpoints
{
    /// <summary>The policy guarding the studio pages: a signed-in administrator (cookie).</summary>
    public const string PagePolicy = "StudioAdmin";

    public static IServiceCollection AddStudio(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<StudioOptions>(configuration.GetSection(StudioOptions.Section));
        services.AddSingleton<StudioFiles>();
        services.AddSingleton<StudioToken>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, StudioTokenAuthenticationHandler>(StudioTokenAuthenticationHandler.SchemeName, null);
        return services;
    }

    public static IEndpointRouteBuilder MapStudio(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("/studio").RequireAuthorization(PagePolicy);
        pages.MapGet("/", (HttpContext c) => Page(c, "Quy trình", "definitions",
            new("elsa-workflow-definition-list", Attributes(c), new Dictionary<string, string> { ["editWorkflowDefinition"] = "/studio/definitions/" })));
        pages.MapGet("/definitions/{definitionId}", (HttpContext c, string definitionId) => Page(c, "Soạn quy trình", "definitions",
            new("elsa-workflow-definition-editor", Attributes(c, ("definition-id", definitionId)),
                new Dictionary<string, string> { ["workflowDefinitionExecuted"] = "/studio/instances/" })));
        pages.MapGet("/instances", (HttpContext c) => Page(c, "Phiên chạy", "instances",
            new("elsa-workflow-instance-list", Attributes(c), new Dictionary<string, string> { ["viewWorkflowInstance"] = "/studio/instances/" })));
        pages.MapGet("/instances/{instanceId}", (HttpContext c, string instanceId) => Page(c, "Xem phiên chạy", "instances",
            new("elsa-workflow-instance-viewer", Attributes(c, ("instance-id", instanceId)),
                new Dictionary<string, string> { ["editWorkflowDefinition"] = "/studio/definitions/" })));
        // The studio's files are the public npm package: no secret in them, so no sign-in needed to fetch them.
        app.MapMethods("/studio/{**path}", [HttpMethods.Get, HttpMethods.Head], async (HttpContext c, string path, StudioFiles files) =>
        {
            if (!await files.TrySendAsync(c, path)) c.Response.StatusCode = StatusCodes.Status404NotFound;
        }).AllowAnonymous();
        return app;
    }

    private static Dictionary<string, string> Attributes(HttpContext context, params (string Name, string Value)[] extra)
    {
        var attributes = new Dictionary<string, string>
        {
            ["remote-endpoint"] = $"{context.Request.Scheme}://{context.Request.Host}/elsa/api",
            ["access-token"] = context.RequestServices.GetRequiredService<StudioToken>().Issue(context.User),
        };
        foreach (var (name, value) in extra) attributes[name] = value;
        return attributes;
    }

    private static IResult Page(HttpContext context, string title, string active, StudioPage.Element element)
    {
        var files = context.RequestServices.GetRequiredService<StudioFiles>();
        if (!files.IsInstalled)
            return Results.Content("<!DOCTYPE html><html lang=\"vi\"><meta charset=\"utf-8\"><p>Chưa cài Elsa Studio: chạy <code>npm ci</code> trong thư mục <code>host/</code> rồi tải lại trang.</p></html>",
                "text/html; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable);
        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        var field = $"<input type=\"hidden\" name=\"{HtmlEncoder.Default.Encode(tokens.FormFieldName)}\" value=\"{HtmlEncoder.Default.Encode(tokens.RequestToken ?? "")}\"/>";
        context.Response.Headers.CacheControl = "no-store";
        return Results.Content(StudioPage.Render(title, active, element, context.User.Identity?.Name ?? "", field), "text/html; charset=utf-8");
    }

    private static void TryAddSingleton<T>(this IServiceCollection services, T instance) where T : class
    {
        if (services.All(d => d.ServiceType != typeof(T))) services.AddSingleton(instance);
    }
}
