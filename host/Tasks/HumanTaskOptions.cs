namespace CongVu.Host.Tasks;

/// <summary>Settings of the "Tasks" section: what a UserTask does when its deadline inputs are left empty.</summary>
public sealed class HumanTaskOptions
{
    public const string Section = "Tasks";

    /// <summary>Working days before the due date on which the holder is reminded.</summary>
    public string Reminders { get; set; } = "3,1";

    /// <summary>Working days after the due date for escalation levels 1 (unit head) and 2 (supervising unit's head).</summary>
    public string Escalations { get; set; } = "0,2";

    /// <summary>Working days after the due date before a task with a timeout outcome takes it.</summary>
    public int TimeoutAfter { get; set; } = 5;
}
