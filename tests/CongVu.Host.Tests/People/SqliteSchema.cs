using Microsoft.Data.Sqlite;

namespace CongVu.Host.Tests.People;

/// <summary>Tables, columns, indexes and foreign keys of a SQLite file, read from its catalogue.</summary>
internal sealed class SqliteSchema
{
    private readonly Dictionary<string, List<string>> _columns = [];
    private readonly List<string> _lines = [];

    public IReadOnlyCollection<string> Tables => _columns.Keys;
    public List<string> Indexes { get; } = [];

    public IReadOnlyList<string> Columns(string table) =>
        _columns.TryGetValue(table, out var columns) ? columns.Select(c => c.Split(' ')[0]).ToList() : [];

    public static SqliteSchema Read(string file)
    {
        var schema = new SqliteSchema();
        using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        connection.Open();
        foreach (var table in Rows(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").Select(r => (string)r[0]))
        {
            schema._columns[table] = [.. Rows(connection, $"PRAGMA table_info(\"{table}\")").Select(r => $"{r[1]} {r[2]} notnull={r[3]} pk={r[5]}")];
            foreach (var index in Rows(connection, $"PRAGMA index_list(\"{table}\")").Where(r => (string)r[3] == "c"))
            {
                var columns = Rows(connection, $"PRAGMA index_info(\"{index[1]}\")").Select(r => (string)r[2]);
                schema.Indexes.Add((string)index[1]);
                schema._lines.Add($"{table} index {index[1]} unique={index[2]} ({string.Join(",", columns)})");
            }
            foreach (var fk in Rows(connection, $"PRAGMA foreign_key_list(\"{table}\")"))
                schema._lines.Add($"{table} fk {fk[3]} -> {fk[2]}.{fk[4]} on delete {fk[6]}");
        }
        return schema;
    }

    /// <summary>One sorted line per column, index and foreign key, for whole-schema comparison.</summary>
    public string Describe(params string[] exceptTables) => string.Join("\n",
        _columns.Where(t => !exceptTables.Contains(t.Key)).SelectMany(t => t.Value.Select(c => $"{t.Key} column {c}"))
            .Concat(_lines.Where(l => !exceptTables.Contains(l.Split(' ')[0])))
            .Order(StringComparer.Ordinal));

    public static object? Scalar(string file, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static List<object[]> Rows(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object[]>();
        while (reader.Read())
        {
            var row = new object[reader.FieldCount];
            reader.GetValues(row);
            rows.Add(row);
        }
        return rows;
    }
}
