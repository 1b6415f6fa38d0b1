using System.Globalization;
using Microsoft.Data.Sqlite;

namespace CongVu.Bench;

/// <summary>
/// Writes I1's tasks straight into the host's tables (as the engine would, without workflows behind them): open tasks over
/// 1,000 users in 50 units, 30% of them group tasks with four candidates, due dates from 10 days ago to 30 days ahead, and a
/// completed history of one task in ten. User 0 is the demo account <c>canbo1</c>, whose inbox the clients open.
/// </summary>
internal static class InboxSeed
{
    public const int Users = 1_000, Units = 50;
    private const int UsersPerUnit = Users / Units;
    private const string TimeFormat = "yyyy-MM-dd HH:mm:ss.FFFFFFF";

    // About the size of a real task's data: outcomes, a three-field form, a one-page document and the workflow name.
    private static readonly string Data = """{"outcomes":[{"name":"Duyệt","requiresComment":false},{"name":"Trả lại","requiresComment":true},{"name":"Từ chối","requiresComment":true}],"form":[{"name":"soHieu","label":"Số hiệu","type":"text","required":true},{"name":"ngayKy","label":"Ngày ký","type":"date"},{"name":"ghiChu","label":"Ghi chú","type":"multiline"}],"document":{"title":"Dự thảo kế hoạch","html":"<h2>Kế hoạch thực hiện “5 xây, 3 chống” năm 2027</h2><p>"""
        + string.Concat(Enumerable.Repeat("Nâng cao trách nhiệm, kỷ cương, kỷ luật hành chính trong thực thi công vụ. ", 10))
        + """</p>"},"workflowName":"Phê duyệt hai bước"}""";

    /// <summary>Seeds <paramref name="openTasks"/> open tasks (and a tenth as many completed ones) in one transaction.</summary>
    public static async Task SeedAsync(string databasePath, int openTasks, DateTime utcNow)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath}");
        await connection.OpenAsync();
        var (userZero, unitZero) = await DemoUserAsync(connection, "CANBO1");
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        var unitIds = await UnitsAsync(connection, transaction, unitZero);
        string UserId(int k) => k == 0 ? userZero : $"bench-user-{k}";

        await using var task = Command(connection, transaction, """
            INSERT INTO HumanTasks (Id, InstanceId, DefinitionId, ActivityId, ActivityNodeId, Title, Description, Status, AssigneeUserId, CandidateUsers,
                UnitId, SubmitterUserId, Priority, DueAt, CreatedAt, UpdatedAt, CompletedAt, CompletedBy, Outcome, Data)
            VALUES (@id, @instance, 'phe-duyet-hai-buoc', 'duyet', 'flow1:duyet', @title, 'Xem dự thảo và cho ý kiến.', @status, @assignee, @candidates,
                @unit, @submitter, 0, @due, @created, @created, @completedAt, @completedBy, @outcome, @data)
            """, "@id", "@instance", "@title", "@status", "@assignee", "@candidates", "@unit", "@submitter", "@due", "@created", "@completedAt", "@completedBy", "@outcome", "@data");
        await using var line = Command(connection, transaction,
            "INSERT INTO HumanTaskEvents (Id, TaskId, InstanceId, At, UserId, Kind, Data) VALUES (@id, @task, @instance, @at, @user, 'Completed', '{\"outcome\":\"Duyệt\"}')",
            "@id", "@task", "@instance", "@at", "@user");
        var random = new Random(20270301);
        for (var i = 0; i < openTasks + openTasks / 10; i++)
        {
            var completed = i >= openTasks;
            var k = i % Users;
            var unit = k / UsersPerUnit;
            var group = !completed && random.Next(10) < 3;
            var candidates = group ? ";" + string.Join(";", Enumerable.Range(0, 4).Select(c => UserId(unit * UsersPerUnit + (k + c) % UsersPerUnit))) + ";" : null;
            var due = random.Next(10) == 0 ? (object)DBNull.Value : Time(utcNow.AddHours(random.Next(-240, 720)));
            var id = Guid.NewGuid().ToString("N");
            var instance = Guid.NewGuid().ToString("N");
            var created = utcNow.AddDays(-random.Next(1, 30));
            Set(task, id, instance, $"Duyệt: Kế hoạch số {i + 1}/KH-UBND", completed ? "Completed" : "Open", group ? DBNull.Value : UserId(k),
                (object?)candidates ?? DBNull.Value, unitIds[unit], UserId((k + 1) % Users), due, Time(created),
                completed ? Time(created.AddHours(5)) : DBNull.Value, completed ? UserId(k) : DBNull.Value, completed ? "Duyệt" : DBNull.Value, Data);
            await task.ExecuteNonQueryAsync();
            if (!completed) continue;
            Set(line, Guid.NewGuid().ToString("N"), id, instance, Time(created.AddHours(5)), UserId(k));
            await line.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();
    }

    private static async Task<(string UserId, string UnitId)> DemoUserAsync(SqliteConnection connection, string normalizedName)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id, UnitId FROM AspNetUsers WHERE NormalizedUserName = @name";
        command.Parameters.AddWithValue("@name", normalizedName);
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync()) throw new InvalidOperationException($"The demo account {normalizedName} was not seeded.");
        return (reader.GetString(0), reader.GetString(1));
    }

    /// <summary>The demo user's unit first, then 49 new ones.</summary>
    private static async Task<string[]> UnitsAsync(SqliteConnection connection, SqliteTransaction transaction, string unitZero)
    {
        var ids = new string[Units];
        ids[0] = unitZero;
        await using var insert = Command(connection, transaction, "INSERT INTO Units (Id, Code, Name, Bloc) VALUES (@id, @code, @name, 'Government')", "@id", "@code", "@name");
        for (var u = 1; u < Units; u++)
        {
            ids[u] = Guid.NewGuid().ToString();
            Set(insert, ids[u], $"BENCH-{u:00}", $"UBND phường số {u}");
            await insert.ExecuteNonQueryAsync();
        }
        return ids;
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters) command.Parameters.Add(new SqliteParameter { ParameterName = name });
        return command;
    }

    private static void Set(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i];
    }

    private static string Time(DateTime utc) => utc.ToString(TimeFormat, CultureInfo.InvariantCulture);
}
