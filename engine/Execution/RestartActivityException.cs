namespace CongVu.Engine.Execution;

/// <summary>
/// Faults an activity during a resume in a way that makes a retry run the activity again from the
/// start (a fresh wait) instead of repeating the resume, e.g. a child workflow that could not start.
/// </summary>
public sealed class RestartActivityException(string message) : Exception(message);
