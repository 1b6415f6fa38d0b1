using System.Text.Json.Nodes;
using CongVu.Engine.Persistence;
using CongVu.Engine.Runtime;
using Microsoft.Extensions.Options;

namespace CongVu.Host.Definitions;

/// <summary>Settings of the "Workflows" section.</summary>
public sealed class WorkflowFolderOptions
{
    public const string Section = "Workflows";

    /// <summary>Folder of definition files, relative to the repository root unless absolute.</summary>
    public string Folder { get; set; } = "workflows";
}

/// <summary>
/// Imports <c>workflows/*.json</c> at start-up: a definition not in the database is imported and published;
/// an existing one only when the file's <c>version</c> is above the stored latest. A bad file is logged, never fatal.
/// </summary>
public sealed partial class WorkflowFolderImport(
    IOptions<WorkflowFolderOptions> options,
    IHostEnvironment environment,
    IWorkflowStore store,
    DefinitionService definitions,
    GraphCache graphs,
    ILogger<WorkflowFolderImport> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var folder = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.Folder));
        if (!Directory.Exists(folder)) return;
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            try
            {
                await ImportAsync(file, cancellationToken);
            }
            catch (DefinitionValidationException e)
            {
                LogInvalid(logger, file, string.Join("; ", e.Errors));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogInvalid(logger, file, e.Message);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task ImportAsync(string file, CancellationToken ct)
    {
        var model = JsonNode.Parse(await File.ReadAllTextAsync(file, ct)) as JsonObject
            ?? throw new InvalidDataException("The file is not a JSON object.");
        var definitionId = model["definitionId"] is JsonValue id && id.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text)
            ? text.Trim()
            : throw new InvalidDataException("The file has no 'definitionId'.");
        var fileVersion = model["version"] is JsonValue v && v.TryGetValue<int>(out var n) && n > 0 ? n : 1;
        var latest = await store.FindDefinitionAsync(definitionId, VersionOptions.Latest, ct);
        if (latest is not null && fileVersion <= latest.Version) return;
        var saved = await definitions.SaveAsync(model, publish: true, ct);
        if (saved.Record.Version != fileVersion)
        {
            // Keep the file's number, so the same file is not imported again at the next start.
            saved.Record.Version = fileVersion;
            await store.SaveDefinitionsAsync([saved.Record], null, ct);
            graphs.Invalidate(saved.Record.Id);
        }
        LogImported(logger, definitionId, fileVersion, file);
    }

    [LoggerMessage(LogLevel.Information, "Imported and published workflow {DefinitionId} version {Version} from {File}.")]
    private static partial void LogImported(ILogger logger, string definitionId, int version, string file);

    [LoggerMessage(LogLevel.Error, "Workflow file {File} was not imported: {Errors}")]
    private static partial void LogInvalid(ILogger logger, string file, string errors);
}

/// <summary>Registration of the start-up import.</summary>
public static class WorkflowFolderImportExtensions
{
    public static IServiceCollection AddWorkflowFolderImport(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<WorkflowFolderOptions>(configuration.GetSection(WorkflowFolderOptions.Section));
        return services.AddHostedService<WorkflowFolderImport>();
    }
}
