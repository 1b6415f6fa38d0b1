using System.Net;
using CongVu.Host.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CongVu.Host.Tests.People;

/// <summary>With the demo off (production), the "FirstAdmin" settings create the first administrator once, and never another.</summary>
public sealed class FirstAdministratorTests : IDisposable
{
    private const string Password = "Quan-tri-2026";
    private readonly HostFactory _factory = HostFactory.Create(root: null, HostFactory.AdminApiKey);

    [Fact]
    public async Task Start_NoAdministratorAndFirstAdminConfigured_CreatesItAndItCanSignInToTheStudio()
    {
        using var host = WithFirstAdmin("quantri");

        using (var scope = host.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var admins = await users.GetUsersInRoleAsync(Roles.Admin);
            Assert.Equal("quantri", Assert.Single(admins).UserName);
        }
        using var browser = new Browser(host);
        using var signIn = await browser.SignInAsync("quantri", Password, "/studio");
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/studio", signIn.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Start_AnAdministratorExists_CreatesNoOther()
    {
        using (var first = WithFirstAdmin("quantri")) _ = first.Services;
        using var second = WithFirstAdmin("nguoikhac");

        using var scope = second.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        Assert.Equal("quantri", Assert.Single(await users.GetUsersInRoleAsync(Roles.Admin)).UserName);
        Assert.Null(await users.FindByNameAsync("nguoikhac"));
    }

    private WebApplicationFactory<Program> WithFirstAdmin(string userName) => _factory.WithWebHostBuilder(b =>
    {
        b.UseSetting("FirstAdmin:UserName", userName);
        b.UseSetting("FirstAdmin:Password", Password);
    });

    public void Dispose() => _factory.Dispose();
}
