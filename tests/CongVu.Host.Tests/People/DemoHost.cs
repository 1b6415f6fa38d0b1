using System.Collections.Concurrent;
using CongVu.Host.People;
using CongVu.Host.People.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace CongVu.Host.Tests.People;

/// <summary>The host on a fresh database with the demo organisation seeded; a class fixture for sign-in tests.</summary>
public sealed class DemoHost : IDisposable
{
    public const string Password = "Demo-pass-2026";
    private readonly HostFactory _inner;

    public DemoHost() : this(HostFactory.Create(root: null, HostFactory.AdminApiKey), Password)
    {
    }

    private DemoHost(HostFactory inner, string? password)
    {
        _inner = inner;
        Factory = inner.WithWebHostBuilder(b =>
        {
            b.UseSetting("Demo:Enabled", "true");
            b.UseSetting("Demo:Password", password ?? "");
            b.ConfigureServices(s => s.AddSingleton<ILoggerProvider>(Logs));
        });
    }

    public WebApplicationFactory<Program> Factory { get; }
    public LogCapture Logs { get; } = new();

    /// <summary>A demo host on an existing folder (a restart keeps the database); the caller deletes the folder.</summary>
    public static DemoHost Create(string root, string? password) => new(HostFactory.Create(root, HostFactory.AdminApiKey), password);

    public Browser NewBrowser() => new(Factory);

    /// <summary>Adds an account for tests that change it (lockout), so the demo accounts stay usable.</summary>
    public async Task CreateUserAsync(string userName, string password, params string[] roles)
    {
        using var scope = Factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = userName, FullName = userName };
        Assert.True((await users.CreateAsync(user, password)).Succeeded);
        if (roles.Length > 0) Assert.True((await users.AddToRolesAsync(user, roles)).Succeeded);
    }

    public T Query<T>(Func<PeopleDbContext, T> query)
    {
        using var scope = Factory.Services.CreateScope();
        return query(scope.ServiceProvider.GetRequiredService<PeopleDbContext>());
    }

    public void Dispose() => _inner.Dispose();
}

/// <summary>Collects every log entry the host writes.</summary>
public sealed class LogCapture : ILoggerProvider
{
    public ConcurrentQueue<(LogLevel Level, string Category, string Message)> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            capture.Entries.Enqueue((logLevel, category, formatter(state, exception)));
    }
}
