namespace CongVu.Engine.Execution;

/// <summary>
/// Thrown by an activity when the input delivered with a resume is not acceptable (a missing comment, a
/// form value of the wrong type). Unlike a fault, nothing is committed: the instance stays as it was
/// and the caller gets the problems, each naming its field.
/// </summary>
public sealed class ResumeRejectedException(IReadOnlyDictionary<string, string> problems)
    : Exception("The resume was rejected: " + string.Join("; ", problems.Select(p => $"{p.Key}: {p.Value}")))
{
    /// <summary>Problems by field name.</summary>
    public IReadOnlyDictionary<string, string> Problems { get; } = problems;
}
