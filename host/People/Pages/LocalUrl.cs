namespace CongVu.Host.People.Pages;

/// <summary>Accepts only same-site paths as a return address, so the sign-in page cannot be used to send people elsewhere.</summary>
internal static class LocalUrl
{
    /// <summary>True for "/path?query"; false for absolute URLs, "//host" and "/\host" (which browsers read as another site), and control characters.</summary>
    public static bool IsLocal(string? url) =>
        url is { Length: > 0 } && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);

    public static string? OrNull(string? url) => IsLocal(url) ? url : null;
}
