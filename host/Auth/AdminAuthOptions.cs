namespace CongVu.Host.Auth;

/// <summary>Settings of the "Auth" section.</summary>
public sealed class AdminAuthOptions
{
    public const string Section = "Auth";

    /// <summary>The key admin callers send as <c>Authorization: ApiKey &lt;key&gt;</c>; empty refuses every call.</summary>
    public string AdminApiKey { get; set; } = "";
}
