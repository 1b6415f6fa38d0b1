namespace CongVu.Host.People.Import;

/// <summary>Registers the CSV import of units and staff and its admin page.</summary>
public static class ImportFeature
{
    public static IServiceCollection AddPeopleImport(this IServiceCollection services) => services.AddScoped<PeopleImporter>();

    public static IEndpointRouteBuilder MapPeopleImport(this IEndpointRouteBuilder app)
    {
        app.MapImportPage();
        return app;
    }
}
