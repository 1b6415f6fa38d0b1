using System.Globalization;
using Microsoft.Data.Sqlite;

namespace CongVu.Bench;

/// <summary>
/// Reads R1's progress from the host's SQLite file on read-only connections (WAL: the host keeps writing): open tasks,
/// queued task-assigned e-mails, and what may have gone wrong; and the host's memory from <c>/proc</c>.
/// </summary>
internal sealed class RegistrationProbe(string databasePath, int hostProcessId)
{
    private readonly string _connection = new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();

    /// <summary>Open tasks, task-assigned e-mails ever queued (sent ones included), and per-unit instances started.</summary>
    public async Task<(int Tasks, int Emails, int UnitInstances)> CountAsync(string perUnitDefinitionId)
    {
        await using var connection = new SqliteConnection(_connection);
        await connection.OpenAsync();
        return (
            await ScalarAsync(connection, "SELECT COUNT(*) FROM HumanTasks WHERE Status = 'Open'"),
            // Dedupe key of an assignment e-mail: task:{taskId}:Assigned:0:{recipient} (TaskMailComposer); counted on its unique index.
            await ScalarAsync(connection, "SELECT COUNT(*) FROM Outbox WHERE DedupeKey LIKE 'task:%:Assigned:%'"),
            await ScalarAsync(connection, "SELECT COUNT(*) FROM Instances WHERE DefinitionId = @p", perUnitDefinitionId));
    }

    /// <summary>Dispatched starts not yet run, and work that failed at least once (with its last error).</summary>
    public async Task<(int PendingStarts, int FailedWork, string? LastError)> WorkAsync()
    {
        await using var connection = new SqliteConnection(_connection);
        await connection.OpenAsync();
        var pending = await ScalarAsync(connection, "SELECT COUNT(*) FROM ScheduledWork WHERE Kind = 'StartWorkflow'");
        var failed = await ScalarAsync(connection, "SELECT COUNT(*) FROM ScheduledWork WHERE Attempts > 0");
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Kind || ': ' || LastError FROM ScheduledWork WHERE LastError IS NOT NULL LIMIT 1";
        return (pending, failed, await command.ExecuteScalarAsync() as string);
    }

    /// <summary>Faulted instances and the first incident's message, for a run that does not finish.</summary>
    public async Task<string> DiagnoseAsync()
    {
        await using var connection = new SqliteConnection(_connection);
        await connection.OpenAsync();
        var lines = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT DefinitionId, Status, SubStatus, COUNT(*) FROM Instances GROUP BY DefinitionId, Status, SubStatus";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                lines.Add($"instances {reader.GetString(0)} {reader.GetString(1)}/{reader.GetString(2)}: {reader.GetInt64(3)}");
        }
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT i.DefinitionId, n.ActivityId, n.ActivityType, n.Message FROM Incidents n JOIN Instances i ON i.Id = n.InstanceId LIMIT 3";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                lines.Add($"incident in {reader.GetString(0)} at {reader.GetString(1)} ({reader.GetString(2)}): {reader.GetString(3)}");
        }
        var (pending, failed, error) = await WorkAsync();
        lines.Add($"scheduled starts pending: {pending}; scheduled work failed at least once: {failed}{(error is null ? "" : "; last error: " + error)}");
        return string.Join('\n', lines);
    }

    /// <summary>Rows in a table (for the summary: reminder and escalation timers, journal lines).</summary>
    public async Task<long> RowsAsync(string sql)
    {
        await using var connection = new SqliteConnection(_connection);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync() ?? 0L, CultureInfo.InvariantCulture);
    }

    /// <summary>A line of <c>/proc/&lt;pid&gt;/status</c> in MB: VmHWM (peak resident set) or VmRSS.</summary>
    public double StatusMb(string field)
    {
        foreach (var line in File.ReadLines($"/proc/{hostProcessId}/status"))
        {
            if (!line.StartsWith(field + ":", StringComparison.Ordinal)) continue;
            var kb = long.Parse(line[(field.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
            return kb / 1024.0;
        }
        throw new InvalidOperationException($"{field} not found in /proc/{hostProcessId}/status.");
    }

    /// <summary>Resets VmHWM to the current RSS (Linux: "5" into clear_refs), so the next peak is the campaign's alone.</summary>
    public bool ResetPeak()
    {
        try
        {
            File.WriteAllText($"/proc/{hostProcessId}/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static async Task<int> ScalarAsync(SqliteConnection connection, string sql, string? parameter = null)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (parameter is not null) command.Parameters.AddWithValue("@p", parameter);
        return Convert.ToInt32(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
