using CongVu.Host.Inbox;
using Microsoft.Data.Sqlite;
using Xunit;

namespace CongVu.Host.Tests.Inbox;

/// <summary>The inbox stays fast with 100,000 open tasks only if no statement reads a task table from end to end.</summary>
public sealed class InboxQueryPlanTests(InboxHost host) : IClassFixture<InboxHost>
{
    public static TheoryData<string> Statements => new(InboxSql.All.Keys);

    [Theory]
    [MemberData(nameof(Statements))]
    public void Statement_ReachesTasksThroughIndexesOnly(string name)
    {
        _ = host.Factory.Services; // starts the host, which creates the tables
        var sql = InboxSql.All[name];
        using var connection = new SqliteConnection($"Data Source={Path.Combine(host.Root, "congvu.db")};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var parameter in new[] { "@user", "@unit", "@candidate", "@now", "@take", "@skip", "@cap", "@end" })
            command.Parameters.AddWithValue(parameter, parameter is "@take" or "@skip" or "@cap" or "@end" ? 10 : "x");
        command.Parameters.AddWithValue("@seqs", "[1,2]");
        var plan = new List<string>();
        using (var reader = command.ExecuteReader())
            while (reader.Read()) plan.Add(reader.GetString(3));

        Assert.NotEmpty(plan);
        Assert.DoesNotContain(plan, step => step.StartsWith("SCAN HumanTasks", StringComparison.Ordinal)
            || step.StartsWith("SCAN HumanTaskEvents", StringComparison.Ordinal) || step is "SCAN t" or "SCAN e");
        Assert.Contains(plan, step => step.StartsWith("SEARCH", StringComparison.Ordinal));
    }
}
