using System.Globalization;
using CongVu.Engine.Outbox;
using CongVu.Engine.Persistence;
using CongVu.Engine.Tasks;
using CongVu.Host.Email;
using CongVu.Host.People.Persistence;
using CongVu.Host.Tests.People;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CongVu.Host.Tests.Email;

/// <summary>
/// The host on a fresh database for e-mail tests: the sender polls every 50 ms and retries after 0.2 s, 0.4 s, ...;
/// SMTP to <c>127.0.0.1:smtpPort</c>, or .eml files in <c>{Root}/mail</c> without a port; optionally the demo organisation.
/// </summary>
public sealed class EmailHost : IDisposable
{
    private readonly HostFactory _inner;

    public EmailHost(int? smtpPort, bool demo = false, params (string Key, string Value)[] settings)
    {
        _inner = HostFactory.Create(root: null, HostFactory.AdminApiKey);
        Factory = _inner.WithWebHostBuilder(b =>
        {
            b.UseSetting("Email:Sender:PollMilliseconds", "50");
            b.UseSetting("Email:Sender:RetryBaseSeconds", "0.2");
            if (smtpPort is { } port)
            {
                b.UseSetting("Email:Smtp:Host", "127.0.0.1");
                b.UseSetting("Email:Smtp:Port", port.ToString(CultureInfo.InvariantCulture));
                b.UseSetting("Email:Smtp:TimeoutSeconds", "10");
            }
            if (demo)
            {
                b.UseSetting("Demo:Enabled", "true");
                b.UseSetting("Demo:Password", DemoHost.Password);
            }
            foreach (var (key, value) in settings) b.UseSetting(key, value);
        });
    }

    public WebApplicationFactory<Program> Factory { get; }
    public string MailFolder => Path.Combine(_inner.Root, "mail");

    public T Get<T>() where T : notnull => Factory.Services.GetRequiredService<T>();

    public Browser NewBrowser() => new(Factory);

    /// <summary>Queues a message as the engine would; returns the row (its id) whether or not it was new.</summary>
    public async Task<OutboxMessageRecord> EnqueueAsync(string dedupeKey, EmailPayload payload)
    {
        await Get<IOutboxStore>().EnqueueAsync(payload.ToOutboxMessage(dedupeKey, DateTime.UtcNow));
        return (await FindAsync(dedupeKey))!;
    }

    public async Task<OutboxMessageRecord?> FindAsync(string dedupeKey)
    {
        await using var db = await Get<IDbContextFactory<EngineDbContext>>().CreateDbContextAsync();
        return await db.Outbox.AsNoTracking().SingleOrDefaultAsync(m => m.DedupeKey == dedupeKey);
    }

    /// <summary>Polls the outbox row until <paramref name="condition"/> holds.</summary>
    public async Task<OutboxMessageRecord> WaitForAsync(string dedupeKey, Func<OutboxMessageRecord, bool> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var message = await FindAsync(dedupeKey);
            if (message is not null && condition(message)) return message;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Outbox message {dedupeKey}: {message?.Status ?? "missing"}, {message?.Attempts} attempts, {message?.LastError}");
            await Task.Delay(50);
        }
    }

    public Task<OutboxMessageRecord> WaitForStatusAsync(string dedupeKey, string status, TimeSpan? timeout = null) =>
        WaitForAsync(dedupeKey, m => m.Status == status, timeout);

    /// <summary>A demo user's id by user name.</summary>
    public string UserId(string userName) => Query(db => db.Users.Single(u => u.UserName == userName).Id);

    public string UnitId(string code) => Query(db => db.Units.Single(u => u.Code == code).Id);

    public T Query<T>(Func<PeopleDbContext, T> query)
    {
        using var scope = Factory.Services.CreateScope();
        return query(scope.ServiceProvider.GetRequiredService<PeopleDbContext>());
    }

    /// <summary>An open task as the UserTask activity stores it.</summary>
    public static HumanTaskRecord NewTask(string title, string? unitId = null, string? assignee = null, string? candidates = null, string? submitter = null) => new()
    {
        Id = Guid.CreateVersion7().ToString("N"),
        InstanceId = "instance-1",
        DefinitionId = "ke-hoach",
        ActivityId = "duyet",
        Title = title,
        UnitId = unitId,
        AssigneeUserId = assignee,
        CandidateUsers = candidates,
        SubmitterUserId = submitter,
        DueAt = new DateTime(2027, 1, 15, 10, 0, 0, DateTimeKind.Utc),
        CreatedAt = DateTime.UtcNow,
        UpdatedAt = DateTime.UtcNow,
    };

    public void Dispose() => _inner.Dispose();
}
