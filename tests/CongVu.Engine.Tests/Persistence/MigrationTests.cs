using CongVu.Engine.Activities.Primitives;
using CongVu.Engine.Execution;
using CongVu.Engine.Persistence;
using CongVu.Engine.Tests.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CongVu.Engine.Tests.Persistence;

public sealed class MigrationTests
{
    [Fact]
    public async Task MigrateAsync_FreshDatabase_CreatesEveryTableAndColumnOfTheModel()
    {
        await using var engine = await EngineFixture.StartAsync();
        var factory = engine.Services.GetRequiredService<IDbContextFactory<EngineDbContext>>();
        await using var db = await factory.CreateDbContextAsync();

        var tables = await Strings(db, "SELECT name FROM sqlite_master WHERE type = 'table'");
        foreach (var entity in db.Model.GetEntityTypes())
        {
            var table = entity.GetTableName()!;
            Assert.Contains(table, tables);
            var columns = await Strings(db, $"SELECT name FROM pragma_table_info('{table}')");
            foreach (var property in entity.GetProperties())
                Assert.True(columns.Contains(property.GetColumnName()), $"{table}.{property.GetColumnName()} is missing");
        }
        Assert.Equal(12, db.Model.GetEntityTypes().Count());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(["20261121000000_Initial", "20261122000000_HumanTasksAndOutbox", "20261122010000_JournalByActivityExecution"], await db.Database.GetAppliedMigrationsAsync());
        var indexes = await Strings(db, "SELECT name FROM sqlite_master WHERE type = 'index'");
        Assert.Contains("IX_Bookmarks_ActivityType_Hash", indexes);
        Assert.Contains("IX_ScheduledWork_DueAt", indexes);
        Assert.Contains("IX_Definitions_DefinitionId_Version", indexes);
        Assert.Contains("IX_HumanTasks_AssigneeUserId_Status_DueAt", indexes);
        Assert.Contains("IX_Outbox_DedupeKey", indexes);
        Assert.Contains("IX_Journal_ActivityContextId", indexes);
        Assert.Equal(["wal"], await Strings(db, "PRAGMA journal_mode"));
    }

    [Fact]
    public async Task MigrateAsync_Twice_IsANoOpAndKeepsData()
    {
        await using var engine = await EngineFixture.StartAsync();
        await engine.PublishAsync("../Runtime/single-wait.json");
        var factory = engine.Services.GetRequiredService<IDbContextFactory<EngineDbContext>>();

        await EngineDatabase.MigrateAsync(factory);
        await EngineDatabase.MigrateAsync(factory);

        await using var db = await factory.CreateDbContextAsync();
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.NotNull(await engine.Store.FindDefinitionAsync("single-wait", VersionOptions.Published));
    }

    [Fact]
    public async Task StartAsync_ReopenedDatabaseFile_ContinuesWaitingInstance()
    {
        var directory = EngineFixture.CreateTempDirectory();
        try
        {
            string instanceId;
            await using (var before = await EngineFixture.StartAsync(directory))
            {
                await before.PublishAsync("../Runtime/single-wait.json");
                instanceId = (await before.StartAsync("single-wait", correlationId: "HS-9")).InstanceId;
                await before.SeedVietnamHolidaysAsync();
            }

            await using var after = await EngineFixture.StartAsync(directory);

            Assert.NotNull(await after.Store.FindDefinitionAsync("single-wait", VersionOptions.Published));
            Assert.NotEmpty(await after.Store.ListCalendarDaysAsync());
            Assert.False(after.Calendar.Current.IsWorkingDay(new DateOnly(2027, 2, 8)));
            Assert.Equal(WorkflowSubStatus.Suspended, (await after.LoadAsync(instanceId)).SubStatus);
            var resumed = Assert.Single(await after.Runtime.TriggerAsync(Event.StimulusFor("single"), "HS-9", null));
            Assert.Equal(WorkflowSubStatus.Finished, resumed.SubStatus);
            Assert.Equal(1, await after.VariableAsync(instanceId, "Count"));
        }
        finally
        {
            EngineFixture.DeleteDirectory(directory);
        }
    }

    private static async Task<List<string>> Strings(EngineDbContext db, string sql)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            var result = new List<string>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) result.Add(reader.GetString(0));
            return result;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
