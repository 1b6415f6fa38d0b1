namespace CongVu.Host.People.Demo;

/// <summary>Settings of the "Demo" section: a small sample organisation and accounts to try the system with.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Seeds the demo organisation and accounts at start-up when missing; off in tests and production.</summary>
    public bool Enabled { get; set; }

    /// <summary>Password of the demo accounts; empty generates a random one, logged once when the accounts are created.</summary>
    public string Password { get; set; } = "";
}
