namespace CongVu.Host.Hosting;

/// <summary>Finds the repository root (where appsettings.json, workflows/ and templates/ live) so the host runs the same from any folder.</summary>
public static class RepositoryRoot
{
    public static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "appsettings.json")) && Directory.Exists(Path.Combine(dir.FullName, "workflows")))
                    return dir.FullName;
            }
        }
        return Directory.GetCurrentDirectory();
    }
}
