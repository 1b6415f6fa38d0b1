using System.Globalization;
using CongVu.Engine.Runtime;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace CongVu.Host.Inbox;

/// <summary>
/// The inbox's own read-only, memory-mapped connections to the engine's SQLite file (a pool of their own: the engine's
/// connections are untouched). A list of group tasks reads up to a thousand task rows to find 50 where the user is a
/// candidate; through the mapped file that costs a third of reading the same pages with one system call each.
/// </summary>
public sealed class InboxDatabase(IOptions<EngineOptions> options)
{
    private const long MapBytes = 256L * 1024 * 1024;

    private readonly string _connectionString = new SqliteConnectionStringBuilder(options.Value.ConnectionString)
    {
        Mode = SqliteOpenMode.ReadOnly,
        Pooling = true,
    }.ToString();

    public async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(ct);
        // A pooled connection keeps its mapping; setting the size again would map the file again.
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA mmap_size;";
        if (Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture) != MapBytes)
        {
            command.CommandText = $"PRAGMA mmap_size={MapBytes.ToString(CultureInfo.InvariantCulture)};";
            await command.ExecuteNonQueryAsync(ct);
        }
        return connection;
    }

    /// <summary>Runs <paramref name="sql"/> with named parameters and maps each row.</summary>
    public static async Task<List<T>> QueryAsync<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> map, CancellationToken ct,
        params (string Name, object Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue("@" + name, value);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<T>();
        while (await reader.ReadAsync(ct)) rows.Add(map(reader));
        return rows;
    }

    /// <summary>A stored timestamp (text, UTC) as a UTC <see cref="DateTime"/>.</summary>
    public static DateTime? Utc(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : DateTime.SpecifyKind(reader.GetDateTime(ordinal), DateTimeKind.Utc);

    public static string? Text(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
