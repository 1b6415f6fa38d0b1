using System.Text.Json.Nodes;
using CongVu.Engine.Tasks;

namespace CongVu.Host.Tasks;

/// <summary>
/// A feature's say on a person's decision, asked by <see cref="UserTask"/> before it accepts one: a rule the form schema
/// cannot express (a supplement may be requested only once, an extension only up to the legal limit). Problems come back
/// to the task page like any refused value, and nothing is committed. Guards must only read, never change anything.
/// </summary>
public interface ITaskOutcomeGuard
{
    /// <summary>Problems by field name ("outcome", "comment" or a form field), in Vietnamese; empty to let the decision through.</summary>
    ValueTask<IReadOnlyDictionary<string, string>> CheckAsync(TaskOutcomeCheck check, CancellationToken ct);
}

/// <summary>The decision being made: the task, the outcome chosen, the comment, the converted form values and the workflow's input.</summary>
public sealed record TaskOutcomeCheck(
    HumanTaskRecord Task,
    string Outcome,
    string? Comment,
    IReadOnlyDictionary<string, object?> Values,
    IReadOnlyDictionary<string, JsonNode?> WorkflowInput);
