using CongVu.Host.People.Demo;
using CongVu.Host.People.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CongVu.Host.People;

/// <summary>
/// Migrates the people tables, makes sure every role exists, seeds the demo organisation when enabled and creates
/// the first administrator when configured and none exists. A hosted
/// service, so it finishes before the server accepts requests; registered before anything that reads accounts.
/// </summary>
internal sealed class PeopleStartup(IServiceScopeFactory scopes, IOptions<DemoOptions> demo) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await PeopleDatabase.MigrateAsync(services.GetRequiredService<PeopleDbContext>(), cancellationToken);
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (await roles.RoleExistsAsync(role)) continue;
            var result = await roles.CreateAsync(new IdentityRole(role));
            if (!result.Succeeded) throw new InvalidOperationException($"Role '{role}' could not be created: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
        if (demo.Value.Enabled) await services.GetRequiredService<DemoSeeder>().SeedAsync(cancellationToken);
        await services.GetRequiredService<FirstAdministrator>().EnsureAsync();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
