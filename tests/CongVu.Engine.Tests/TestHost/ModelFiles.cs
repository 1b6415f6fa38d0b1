using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;

namespace CongVu.Engine.Tests.TestHost;

/// <summary>Reads workflow JSON files that sit beside the test source and are copied to the output folder.</summary>
public static class ModelFiles
{
    /// <summary>
    /// Loads <paramref name="jsonFile"/> from the calling test's folder: the copy in the build output
    /// (same relative folder as the source), else the source file itself.
    /// </summary>
    public static JsonObject Load(string jsonFile, [CallerFilePath] string callerFile = "")
    {
        var sourceDirectory = Path.GetDirectoryName(callerFile) ?? "";
        var candidates = new List<string>();
        if (RepositoryPaths.FindUp(sourceDirectory, "CongVu.Engine.Tests.csproj") is { } projectDirectory)
            candidates.Add(Path.Combine(AppContext.BaseDirectory, Path.GetRelativePath(projectDirectory, sourceDirectory), jsonFile));
        candidates.Add(Path.Combine(sourceDirectory, jsonFile));
        var path = candidates.FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException($"Workflow file '{jsonFile}' not found; looked in: {string.Join(", ", candidates)}");
        return JsonNode.Parse(File.ReadAllText(path))!.AsObject();
    }
}

/// <summary>Locations in the repository, found by walking up to CongVu.sln.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } =
        FindUp(AppContext.BaseDirectory, "CongVu.sln") ?? FindUp(SourceDirectory(), "CongVu.sln")
        ?? throw new DirectoryNotFoundException("CongVu.sln not found above the test output or source folder.");

    public static string VietnamHolidays => Path.Combine(Root, "host", "Calendar", "vietnam-holidays.json");

    /// <summary>The nearest folder at or above <paramref name="start"/> holding <paramref name="fileName"/>.</summary>
    public static string? FindUp(string start, string fileName)
    {
        for (var dir = string.IsNullOrEmpty(start) ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, fileName))) return dir.FullName;
        return null;
    }

    private static string SourceDirectory([CallerFilePath] string file = "") => Path.GetDirectoryName(file) ?? "";
}
