namespace CongVu.Host.People;

/// <summary>Authorization policies for pages people open in a browser; both authenticate with the sign-in cookie only.</summary>
public static class PeoplePolicies
{
    /// <summary>A signed-in administrator: guards admin pages (the studio, user lists). The API key does not satisfy it.</summary>
    public const string StudioAdmin = "StudioAdmin";

    /// <summary>Anyone signed in with the cookie: guards the home page and, later, the inbox.</summary>
    public const string SignedIn = "SignedIn";
}

/// <summary>The browser paths of the sign-in pages.</summary>
public static class PeoplePaths
{
    public const string Login = "/dang-nhap";
    public const string Logout = "/dang-xuat";
    public const string AccessDenied = "/khong-co-quyen";
    public const string Home = "/";
    public const string Users = "/quan-tri/nguoi-dung";

    /// <summary>Where administrators land after signing in.</summary>
    public const string Studio = "/studio";

    /// <summary>Where everyone else lands: their tasks.</summary>
    public const string Inbox = "/cong-viec";
}

/// <summary>Claims added to the sign-in cookie beside the name and roles, so pages need no database read to greet the user.</summary>
public static class PeopleClaims
{
    public const string FullName = "congvu:full_name";
    public const string UnitId = "congvu:unit_id";
}
