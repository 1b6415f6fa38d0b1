using System.Text.Json.Nodes;
using CongVu.Engine.Persistence;
using CongVu.Engine.Runtime;

namespace CongVu.Host.Calendar;

/// <summary>Fills an empty holiday table from host/Calendar/vietnam-holidays.json at start-up; an edited table is never overwritten.</summary>
public sealed partial class HolidaySeeder(IWorkflowStore store, StoredCalendarSource calendar, ILogger<HolidaySeeder> logger) : IHostedService
{
    public static string DefaultFile => Path.Combine(AppContext.BaseDirectory, "Calendar", "vietnam-holidays.json");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if ((await store.ListCalendarDaysAsync(cancellationToken)).Count > 0) return;
        if (!File.Exists(DefaultFile))
        {
            LogMissing(logger, DefaultFile);
            return;
        }
        var (days, errors) = HolidayRows.Parse(JsonNode.Parse(await File.ReadAllTextAsync(DefaultFile, cancellationToken)));
        if (errors.Count > 0)
        {
            LogInvalid(logger, DefaultFile, string.Join(" ", errors.Select(e => e.Message)));
            return;
        }
        await calendar.ReplaceAsync(days, cancellationToken);
        LogSeeded(logger, days.Count, DefaultFile);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(LogLevel.Information, "Seeded {Count} calendar days from {File}.")]
    private static partial void LogSeeded(ILogger logger, int count, string file);

    [LoggerMessage(LogLevel.Warning, "The holiday table is empty and {File} does not exist; working days count weekends only.")]
    private static partial void LogMissing(ILogger logger, string file);

    [LoggerMessage(LogLevel.Error, "The holiday file {File} is invalid and was not loaded: {Errors}")]
    private static partial void LogInvalid(ILogger logger, string file, string errors);
}

/// <summary>Registration of the holiday seed.</summary>
public static class HolidaySeedingExtensions
{
    public static IServiceCollection AddHolidaySeeding(this IServiceCollection services) => services.AddHostedService<HolidaySeeder>();
}
