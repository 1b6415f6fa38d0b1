namespace CongVu.Host.Tests.Crash;

/// <summary>What survives a crash: the database file, the workflows folder and the API key, in a temp folder.</summary>
internal sealed class CrashSite : IDisposable
{
    public CrashSite()
    {
        Root = Directory.CreateTempSubdirectory("congvu-crash-").FullName;
        WorkflowsFolder = Directory.CreateDirectory(Path.Combine(Root, "workflows")).FullName;
        DatabasePath = Path.Combine(Root, "crash.db");
        ApiKey = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
    }

    public string Root { get; }
    public string WorkflowsFolder { get; }
    public string DatabasePath { get; }
    public string ApiKey { get; }

    /// <summary>Puts <c>Crash/&lt;definitionId&gt;.json</c> into the folder the host imports from at every start.</summary>
    public void AddWorkflowFile(string definitionId) =>
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Crash", $"{definitionId}.json"), Path.Combine(WorkflowsFolder, $"{definitionId}.json"));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { /* a leftover temp folder is harmless */ }
        catch (UnauthorizedAccessException) { /* idem */ }
    }
}
